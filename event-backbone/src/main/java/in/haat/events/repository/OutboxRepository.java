package in.haat.events.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Bulk writes to the outbox ({@code outbox_event}) in the caller's transaction. */
@ApplicationScoped
public class OutboxRepository {

    /**
     * Inserts one row per element of {@code rows}, a JSON array of objects with {@code event_id}, {@code topic},
     * {@code event_key}, {@code event_type}, {@code envelope} and {@code created_at}, in array order. {@code woken}: the
     * writer wakes the relay itself after its commit, so the rows' insert trigger sends no NOTIFY (V0_1_5).
     */
    public Uni<Void> insertPrepared(String rows, boolean woken) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at, woken) "
                                + "select cast(e.value->>'event_id' as uuid), e.value->>'topic', e.value->>'event_key', "
                                + "e.value->>'event_type', e.value->>'envelope', cast(e.value->>'created_at' as timestamptz), ?2 "
                                + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) with ordinality as e(value, n) "
                                + "order by e.n")
                .setParameter(1, rows)
                .setParameter(2, woken)
                .executeUpdate()).replaceWithVoid();
    }
}
