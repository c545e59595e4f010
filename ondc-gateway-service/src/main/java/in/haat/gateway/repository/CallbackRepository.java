package in.haat.gateway.repository;

import in.haat.persistence.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The queue of /on_* callbacks ({@code ondc_callback}): claiming the due ones and settling each attempt. */
@ApplicationScoped
public class CallbackRepository {

    /** A claimed callback: everything an attempt needs. {@code attempt} counts this one. */
    public record Claimed(UUID id, String url, String body, String transactionId, String messageId, String action,
            int attempt, Instant deliverUntil, String headers, String traceparent) {
    }

    /**
     * Claims up to {@code limit} due callbacks, each the earliest undelivered one of its transaction (so a transaction's
     * callbacks go out one after another in the order they were queued), and leases them for {@code leaseMillis}: no
     * pass of this or another replica claims them again until the lease runs out (an attempt settles long before; only
     * a crash leaves one to run out). Runs in a transaction of its own.
     */
    public Uni<List<Claimed>> claimDue(int limit, long leaseMillis) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "update ondc_callback c set attempts = c.attempts + 1, "
                                + "next_attempt_at = now() + ?1 * interval '1 millisecond' "
                                + "where c.id in (select d.id from ondc_callback d "
                                + "where d.delivered_at is null and d.gave_up_at is null and d.next_attempt_at <= now() "
                                + "and not exists (select 1 from ondc_callback e where e.transaction_id = d.transaction_id "
                                + "and e.delivered_at is null and e.gave_up_at is null "
                                + "and (e.created_at, e.id) < (d.created_at, d.id)) "
                                + "order by d.next_attempt_at limit ?2 for update skip locked) "
                                + "returning c.id, c.url, c.body, c.transaction_id, c.message_id, c.action, c.attempts, "
                                + "cast(extract(epoch from c.deliver_until) * 1000 as bigint), cast(c.headers as text), c.traceparent", Object[].class)
                .setParameter(1, leaseMillis)
                .setParameter(2, limit)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Claimed(Rows.uuid(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                        Rows.text(r[4]), Rows.text(r[5]), Rows.integer(r[6]),
                        Instant.ofEpochMilli(Rows.bigint(r[7])), Rows.text(r[8]),
                        Rows.text(r[9]))).toList())));
    }

    /**
     * Settles one attempt in the caller's transaction: delivered, given up (set aside), or due again after
     * {@code retryMillis}. Only the attempt that holds the claim settles it.
     */
    public Uni<Integer> settle(Claimed callback, boolean delivered, boolean giveUp, long retryMillis, Integer status,
            String error) {
        return Panache.getSession().chain(session -> session.createNativeQuery("update ondc_callback set "
                        + "delivered_at = case when ?2 then now() end, gave_up_at = case when ?3 then now() end, "
                        + "next_attempt_at = now() + ?4 * interval '1 millisecond', last_status = ?5, last_error = ?6 "
                        + "where id = ?1 and attempts = ?7 and delivered_at is null and gave_up_at is null")
                .setParameter(1, callback.id())
                .setParameter(2, delivered)
                .setParameter(3, giveUp)
                .setParameter(4, retryMillis)
                .setParameter(5, status)
                .setParameter(6, error)
                .setParameter(7, callback.attempt())
                .executeUpdate());
    }
}
