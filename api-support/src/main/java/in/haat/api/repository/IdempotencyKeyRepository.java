package in.haat.api.repository;

import in.haat.persistence.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The kept answers of {@code Idempotency-Key} requests ({@code idempotency_key}); runs in the caller's transaction. */
@ApplicationScoped
public class IdempotencyKeyRepository {

    /** A kept answer: the request's fingerprint and what was answered (status, body and location may be null). */
    public record KeptAnswer(String fingerprint, Integer status, String body, String location) {
    }

    /**
     * Claims the key for this client; false when it was claimed before. A concurrent first call holds the row lock
     * until it commits; this insert waits for it.
     */
    public Uni<Boolean> claim(String client, String key, String fingerprint) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into idempotency_key (client_id, key, fingerprint) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, client).setParameter(2, key).setParameter(3, fingerprint)
                .executeUpdate()).map(rows -> rows == 1);
    }

    /** Keeps the answer given to the claimed key. */
    public Uni<Void> remember(String client, String key, int status, String body, String location) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update idempotency_key set status = ?1, body = ?2, location = ?3 "
                        + "where client_id = ?4 and key = ?5")
                .setParameter(1, status).setParameter(2, body)
                .setParameter(3, location)
                .setParameter(4, client).setParameter(5, key)
                .executeUpdate()).replaceWithVoid();
    }

    /** The answer kept for a claimed key. */
    public Uni<KeptAnswer> kept(String client, String key) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select fingerprint, status, body, location from idempotency_key "
                        + "where client_id = ?1 and key = ?2", Object[].class)
                .setParameter(1, client).setParameter(2, key)
                .getSingleResult())
                .map(row -> new KeptAnswer(Rows.text(row[0]), Rows.integerOrNull(row[1]), Rows.text(row[2]), Rows.text(row[3])));
    }

    /** Forgets keys older than 24 hours, in a transaction of its own. */
    public Uni<Integer> purgeExpired() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("delete from idempotency_key where created_at < now() - interval '24 hours'")
                .executeUpdate()));
    }
}
