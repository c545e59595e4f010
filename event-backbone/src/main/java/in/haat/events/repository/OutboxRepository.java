package in.haat.events.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Bulk writes to the outbox ({@code outbox_event}) in the caller's transaction. */
@ApplicationScoped
public class OutboxRepository {

    /**
     * Inserts one row per element of {@code rows}, a JSON array of objects with {@code event_id}, {@code topic},
     * {@code event_key}, {@code event_type}, {@code envelope} and {@code created_at}, in array order.
     */
    public Uni<Void> insertPrepared(String rows) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at) "
                                + "select cast(e.value->>'event_id' as uuid), e.value->>'topic', e.value->>'event_key', "
                                + "e.value->>'event_type', e.value->>'envelope', cast(e.value->>'created_at' as timestamptz) "
                                + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) with ordinality as e(value, n) "
                                + "order by e.n")
                .setParameter(1, rows)
                .executeUpdate()).replaceWithVoid();
    }
}
