package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The one way to publish an event: it is written to the outbox inside the caller's transaction, so it
 * commits or rolls back with the state change it announces. The relay sends it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;

    public Outbox(EventCodec codec) {
        this.codec = codec;
    }

    /** Publishes the first event of a flow: a new trace starts here. */
    public Uni<EventEnvelope> publish(String topic, String type, int version, String key, Object payload) {
        return publish(topic, type, version, key, payload, TraceContext.newTrace());
    }

    /** Publishes an event caused by another: pass the cause's trace so the flow stays one trace. */
    public Uni<EventEnvelope> publish(String topic, String type, int version, String key, Object payload,
            Map<String, String> causeTrace) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, version, Instant.now(), key,
                TraceContext.continueFrom(causeTrace), codec.toPayload(payload));
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Outbox.publish must run inside the transaction of the state change it announces"))
                .chain(tx -> {
                    OutboxEvent row = new OutboxEvent();
                    row.eventId = envelope.id();
                    row.topic = topic;
                    row.eventKey = key;
                    row.eventType = type;
                    row.envelope = codec.toJson(envelope);
                    row.createdAt = envelope.occurredAt();
                    return row.persist();
                })
                .replaceWith(envelope);
    }
}
