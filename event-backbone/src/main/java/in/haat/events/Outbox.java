package in.haat.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import in.haat.events.repository.OutboxRepository;
import in.haat.persistence.TimeOrderedIds;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way to publish an event: it is written to the outbox inside the caller's transaction, so it
 * commits or rolls back with the state change it announces. The relay sends it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;
    private final EventTracing tracing;
    private final OutboxRepository rows;
    private final OutboxRelay relay;

    public Outbox(EventCodec codec, EventTracing tracing, OutboxRepository rows, OutboxRelay relay) {
        this.codec = codec;
        this.tracing = tracing;
        this.rows = rows;
        this.relay = relay;
    }

    /**
     * Publishes an event in the current trace: the current span's (the HTTP request being handled, or the consumer
     * applying the event that caused this one), so the flow stays one trace without passing anything along. Answers the
     * event's id.
     */
    public Uni<UUID> publish(String topic, String type, int version, String key, Object payload) {
        return publish(topic, type, version, key, payload, null);
    }

    /**
     * As {@link #publish(String, String, int, String, Object)}; {@code causeTrace} is used only where no span is
     * current (no OpenTelemetry SDK). Kept for callers that still hand the cause's trace along.
     */
    public Uni<UUID> publish(String topic, String type, int version, String key, Object payload,
            Map<String, String> causeTrace) {
        Map<String, String> trace = tracing.forNewEvent(causeTrace);
        UUID id = TimeOrderedIds.next();
        return write(List.of(json(rows -> row(rows, id, topic, type, version, key, trace, payload))), "publish").replaceWith(id);
    }

    /**
     * Publishes one event per element, all keyed by {@code key}, in list order and in the caller's transaction,
     * with one insert per {@value #CHUNK} rows instead of one entity each: what a bulk change (10,000 catalogue
     * items) needs. The events share the current trace: they are one flow.
     */
    public <T> Uni<Void> publishAll(String topic, String type, int version, String key, List<T> elements,
            Function<T, Object> payload) {
        Map<String, String> trace = tracing.forNewEvent(null);
        // Building and serialising 10,000 envelopes is CPU work of seconds on a busy machine (issue 15's profile: a
        // tenth of catalogue-service's event loop): a worker does it, one statement's JSON array per chunk written
        // into one buffer, then the caller's context writes them.
        return Offload.cpu(() -> {
            List<String> arrays = new ArrayList<>();
            for (int i = 0; i < elements.size(); i += CHUNK) {
                List<T> chunk = elements.subList(i, Math.min(elements.size(), i + CHUNK));
                arrays.add(json(rows -> {
                    rows.writeStartArray();
                    for (T element : chunk) {
                        row(rows, TimeOrderedIds.next(), topic, type, version, key, trace, payload.apply(element));
                    }
                    rows.writeEndArray();
                }));
            }
            return arrays;
        }).chain(arrays -> writeArrays(arrays, "publishAll"));
    }

    /**
     * Makes an event ready in the caller's trace without writing it: its outbox row as one JSON object, for
     * {@link #publishPrepared} to write later, many requests' events in one statement (the gateway's group commit).
     * The serialising is done here, on the caller's thread, so the shared writer only joins strings.
     */
    public String prepare(String topic, String type, int version, String key, Object payload) {
        Map<String, String> trace = tracing.forNewEvent(null);
        return json(rows -> row(rows, TimeOrderedIds.next(), topic, type, version, key, trace, payload));
    }

    /**
     * Writes events made by {@link #prepare} in list order in the caller's transaction, {@value #CHUNK} rows per
     * insert, each with its own topic, type and key; the relay wakes when the transaction commits.
     */
    public Uni<Void> publishPrepared(List<String> prepared) {
        return write(prepared, "publishPrepared");
    }

    /** The outbox row of a new event as one JSON object: the one shape every publishing path writes. */
    private void row(JsonGenerator rows, UUID id, String topic, String type, int version, String key,
            Map<String, String> trace, Object payload) throws IOException {
        Instant now = Instant.now();
        // Written straight out (the envelope as an escaped string field), not through a tree of the row.
        rows.writeStartObject();
        rows.writeStringField("event_id", id.toString());
        rows.writeStringField("topic", topic);
        rows.writeStringField("event_key", key);
        rows.writeStringField("event_type", type);
        rows.writeStringField("envelope", codec.toJson(id, type, version, now, key, trace, payload));
        rows.writeStringField("created_at", now.toString());
        rows.writeEndObject();
    }

    /** What {@code writing} writes, as a string. */
    private static String json(RowWriter writing) {
        // The generator's own buffers come from ROWS' pool (below): with a new BufferRecycler for each call they were
        // allocated again each time, 3% of all the gateway allocated during a /search benchmark (async-profiler, 2026-12-07).
        StringWriter out = new StringWriter();
        try {
            try (JsonGenerator rows = ROWS.createGenerator(out)) {
                writing.write(rows);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RowWriter {
        void write(JsonGenerator rows) throws IOException;
    }

    /**
     * A pool of its own: the envelope is serialised by the application's mapper while a row is open, and with the
     * shared per-thread pool the one that opened second found its buffers taken and allocated new ones every time.
     */
    private static final JsonFactory ROWS = JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build();

    /**
     * Runs {@code work} in the caller's transaction holding back every event it publishes (but a bulk
     * {@link #publishAll}, which first writes what was held), then writes them in one insert, in the order published: a
     * batch consumer that publishes one result per event it applies makes one statement of them instead of one each
     * (issue 15: order-service's /select answers). Nothing reads the outbox inside the transaction that writes it, and
     * if {@code work} fails nothing is written. Inside another {@code deferred} of the same transaction it just runs.
     */
    public <T> Uni<T> deferred(Supplier<Uni<T>> work) {
        return Panache.currentTransaction().chain(transaction -> {
            if (transaction == null || HELD.containsKey(transaction)) {
                return Uni.createFrom().deferred(work::get);
            }
            List<String> held = new ArrayList<>();
            HELD.put(transaction, held);
            return Uni.createFrom().deferred(work::get)
                    .onTermination().invoke(() -> HELD.remove(transaction))
                    .call(() -> write(held, "deferred"));
        });
    }

    /** The events each open {@link #deferred} transaction holds back (weakly held: a finished transaction is forgotten). */
    private static final Map<Object, List<String>> HELD = Collections.synchronizedMap(new WeakHashMap<>());

    private Uni<Void> write(List<String> prepared, String caller) {
        if (prepared.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.currentTransaction().chain(transaction -> {
            List<String> held = transaction == null ? null : HELD.get(transaction);
            if (held != null) {
                held.addAll(prepared);
                return Uni.createFrom().voidItem();
            }
            return insert(transaction, arrays(prepared), caller);
        });
    }

    private static List<String> arrays(List<String> prepared) {
        List<String> arrays = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i += CHUNK) {
            arrays.add("[" + String.join(",", prepared.subList(i, Math.min(prepared.size(), i + CHUNK))) + "]");
        }
        return arrays;
    }

    private Uni<Void> writeArrays(List<String> arrays, String caller) {
        return arrays.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.currentTransaction().chain(transaction -> insert(transaction, arrays, caller));
    }

    /**
     * Inserts each JSON array of rows with one statement, in order (after what a {@link #deferred} holds back, so the
     * order published stays the order written). The relay wakes once the transaction commits: from this process when
     * the transaction was begun by {@link AfterCommit} (the consumers', the group commits'), else by the insert
     * trigger's NOTIFY (V0_1_5).
     */
    private Uni<Void> insert(Object transaction, List<String> arrays, String caller) {
        if (transaction == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "Outbox." + caller + " must run inside the transaction of the state change it announces"));
        }
        List<String> held = HELD.get(transaction);
        List<String> before = held == null || held.isEmpty() ? List.of() : arrays(List.copyOf(held));
        if (held != null) {
            held.clear();
        }
        boolean woken = AfterCommit.register(transaction, relay.wakeAfterCommit());
        return InOrder.each(before, array -> rows.insertPrepared(array, woken))
                .chain(() -> InOrder.each(arrays, array -> rows.insertPrepared(array, woken)));
    }

    /** The channel the relay listens on; outbox_event's insert trigger (migration V0_1_5) notifies it by this name. */
    static final String WAKE_CHANNEL = "haat_outbox";

    /** Rows per insert: the whole chunk travels as one JSON parameter. */
    static final int CHUNK = 2000;
}
