package in.haat.events.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The events each consumer has applied ({@code processed_event}), marked in the caller's transaction. */
@ApplicationScoped
public class ProcessedEventRepository {

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
}
