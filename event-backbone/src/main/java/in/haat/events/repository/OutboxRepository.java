package in.haat.events.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import in.haat.persistence.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Bulk writes to the outbox ({@code outbox_event}) and the relay's reads and stamps, in the caller's transaction. */
@ApplicationScoped
public class OutboxRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An unsent row, as the relay publishes it. */
    public record Unsent(long id, UUID eventId, String topic, String eventKey, String eventType, String envelope) {
    }

    /**
     * A row the relay could not publish this time: {@code error} is its last error; {@code dead}: never publishable, set
     * aside; {@code attempted}: the broker was asked (it counts as an attempt).
     */
    public record Unpublished(long id, String error, boolean dead, boolean attempted) {
    }

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

    /**
     * The first {@code limit} rows neither sent nor set aside, in id order. Native and without entities (issue 15): the
     * HQL was parsed at every pass where the plan cache is off (the gateway), and the rows were managed entities that
     * each commit checked for changes.
     */
    public Uni<List<Unsent>> unsent(int limit) {
        // No result class: see StockChangeStatements in inventory-service (Hibernate's plan cache).
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(
                        "select id, event_id, topic, event_key, event_type, envelope from outbox_event "
                                + "where sent_at is null and dead_at is null order by id limit ?1")
                .setParameter(1, limit)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Unsent(Rows.bigint(r[0]), Rows.uuid(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), Rows.text(r[4]), Rows.text(r[5]))).toList());
    }

    /** Stamps these rows sent, in one statement. */
    public Uni<Void> markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("update outbox_event set sent_at = now(), "
                        + "attempts = attempts + 1, last_error = null where id = any(cast(string_to_array(?1, ',') as bigint[]))")
                .setParameter(1, ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .executeUpdate()).replaceWithVoid();
    }

    /** Records why these rows were not published (and sets the never publishable ones aside), in one statement. */
    public Uni<Void> markUnpublished(List<Unpublished> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ArrayNode json = JSON.createArrayNode();
        rows.forEach(r -> json.addObject().put("id", r.id()).put("dead", r.dead()).put("attempted", r.attempted())
                .put("error", r.error()));
        return Panache.getSession().chain(session -> session.createNativeQuery("update outbox_event o set "
                        + "attempts = o.attempts + case when cast(f.v->>'attempted' as boolean) then 1 else 0 end, "
                        + "last_error = f.v->>'error', "
                        + "dead_at = case when cast(f.v->>'dead' as boolean) then now() end "
                        + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) as f(v) where o.id = cast(f.v->>'id' as bigint)")
                .setParameter(1, json.toString())
                .executeUpdate()).replaceWithVoid();
    }
}
