package in.haat.catalogue.service;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Many events into event-backbone's outbox at once: the same table, envelope, codec and relay as
 * {@code Outbox.publish}, with the rows inserted by one statement per chunk instead of one entity each. A
 * 10,000-item catalogue call publishes 10,000 events; through {@code Outbox.publish} that alone took about 11 s.
 * Belongs in event-backbone as an {@code Outbox.publishAll}; it lives here only because that module is not ours
 * to change in this issue.
 */
@ApplicationScoped
public class OutboxBatch {

    /** Rows per insert: the whole chunk travels as one JSON parameter. */
    static final int CHUNK = 2000;

    private final EventCodec codec;

    public OutboxBatch(EventCodec codec) {
        this.codec = codec;
    }

    /**
     * Publishes one event per element, all keyed by {@code key}, in list order, in the caller's transaction (it
     * refuses to run without one, like {@code Outbox.publish}). All events share one new trace: they are one flow.
     */
    public <T> Uni<Void> publishAll(String topic, String type, int version, String key, List<T> elements,
            Function<T, Object> payload) {
        if (elements.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> trace = TraceContext.newTrace();
        List<Map<String, String>> rows = new ArrayList<>(elements.size());
        for (T element : elements) {
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, version, Instant.now(), key,
                    TraceContext.continueFrom(trace), codec.toPayload(payload.apply(element)));
            Map<String, String> row = new LinkedHashMap<>();
            row.put("event_id", envelope.id().toString());
            row.put("envelope", codec.toJson(envelope));
            row.put("created_at", envelope.occurredAt().toString());
            rows.add(row);
        }
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "OutboxBatch.publishAll must run inside the transaction of the state change it announces"))
                .chain(tx -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (int i = 0; i < rows.size(); i += CHUNK) {
                        List<Map<String, String>> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
                        chain = chain.chain(() -> insert(topic, type, key, chunk));
                    }
                    return chain;
                });
    }

    private Uni<Void> insert(String topic, String type, String key, List<Map<String, String>> chunk) {
        // "with ordinality ... order by" keeps list order in the bigserial ids the relay sends by.
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at) "
                                + "select (e.value->>'event_id')::uuid, ?1, ?2, ?3, e.value->>'envelope', "
                                + "(e.value->>'created_at')::timestamptz "
                                + "from jsonb_array_elements(cast(cast(?4 as text) as jsonb)) with ordinality as e(value, n) "
                                + "order by e.n")
                .setParameter(1, topic).setParameter(2, key).setParameter(3, type)
                .setParameter(4, in.haat.catalogue.mapping.Json.write(chunk))
                .executeUpdate()).replaceWithVoid();
    }
}
