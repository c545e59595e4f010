package in.haat.events.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import in.haat.events.EventEnvelope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The events each consumer has applied ({@code processed_event}), marked in the caller's transaction. */
@ApplicationScoped
public class ProcessedEventRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Marks {@code eventId} applied by {@code consumer}; false when it was marked before (a redelivery). */
    public Uni<Boolean> markProcessed(String consumer, UUID eventId, String eventType) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3) "
                                        + "on conflict do nothing")
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, eventType)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /**
     * Marks every event of a batch applied by {@code consumer} in one statement (the batch as one JSON parameter) and
     * answers the ids that were not marked before: the events to apply now.
     */
    public Uni<Set<UUID>> markAllProcessed(String consumer, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        ArrayNode rows = JSON.createArrayNode();
        for (EventEnvelope event : events) {
            rows.addObject().put("id", event.id().toString()).put("type", event.type());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into processed_event (consumer, event_id, event_type) "
                                        + "select ?1, cast(e->>'id' as uuid), e->>'type' "
                                        + "from jsonb_array_elements(cast(cast(?2 as text) as jsonb)) as e "
                                        + "on conflict do nothing returning event_id", UUID.class)
                        .setParameter(1, consumer)
                        .setParameter(2, rows.toString())
                        .getResultList())
                .map(HashSet::new);
    }

    /** Deletes up to {@code limit} marks made before {@code before} (by {@code processed_event_processed_at}); answers how many. */
    public Uni<Integer> deleteOlderThan(Instant before, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "delete from processed_event where ctid = any(array("
                                        + "select ctid from processed_event where processed_at < ?1 limit ?2))")
                        .setParameter(1, before)
                        .setParameter(2, limit)
                        .executeUpdate());
    }
}
