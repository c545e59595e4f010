package in.haat.gateway.repository;

import in.haat.persistence.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The queue of /on_* callbacks ({@code ondc_callback}): claiming the due ones and settling attempts. */
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
     * a crash leaves one to run out). One statement, committed on its own: no transaction around it (issue 15: BEGIN
     * and COMMIT were two of its three round trips, a pass after nearly every queued callback).
     */
    public Uni<List<Claimed>> claimDue(int limit, long leaseMillis) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "update ondc_callback c set attempts = c.attempts + 1, "
                                + "next_attempt_at = now() + ?1 * interval '1 millisecond' "
                                + "where c.id in (select d.id from ondc_callback d "
                                // attempts >= 0 (always true) selects the due index, whose predicate it is; the earliest
                                // pending callback of the transaction is a probe of the index by transaction (V9).
                                + "where d.delivered_at is null and d.gave_up_at is null and d.attempts >= 0 and d.next_attempt_at <= now() "
                                + "and d.id = (select e.id from ondc_callback e where e.transaction_id = d.transaction_id "
                                + "and e.delivered_at is null and e.gave_up_at is null order by e.created_at, e.id limit 1) "
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
     * One settled attempt: its callback, and whether that callback is now done (delivered or given up) while another
     * of its transaction is still pending, which only then may be claimed.
     */
    public record Settled(UUID id, boolean nextWaiting) {
    }

    /**
     * Settles many attempts in one statement in the caller's transaction: each delivered, given up (set aside), or due
     * again after its {@code retry_millis}, and only by the attempt that still holds the claim. {@code rows} is a JSON
     * array of {@code id, attempt, delivered, give_up, retry_millis, status, error}. Answers the attempts settled.
     */
    public Uni<List<Settled>> settleAll(String rows) {
        return Panache.getSession().chain(session -> session.createNativeQuery("update ondc_callback c set "
                        + "delivered_at = case when cast(r.v->>'delivered' as boolean) then now() end, "
                        + "gave_up_at = case when cast(r.v->>'give_up' as boolean) then now() end, "
                        + "next_attempt_at = now() + cast(r.v->>'retry_millis' as bigint) * interval '1 millisecond', "
                        + "last_status = cast(r.v->>'status' as integer), last_error = r.v->>'error' "
                        + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) as r(v) "
                        + "where c.id = cast(r.v->>'id' as uuid) and c.attempts = cast(r.v->>'attempt' as integer) "
                        + "and c.delivered_at is null and c.gave_up_at is null "
                        // The subquery sees the rows as they were before this statement: the settled one is left out by
                        // id (a transaction has one callback in flight at a time, so no other is settled beside it).
                        + "returning cast(c.id as text), (c.delivered_at is not null or c.gave_up_at is not null) "
                        + "and exists (select 1 from ondc_callback n where n.transaction_id = c.transaction_id "
                        + "and n.delivered_at is null and n.gave_up_at is null and n.id <> c.id)", Object[].class)
                .setParameter(1, rows)
                .getResultList()
                .map(settled -> settled.stream()
                        .map(r -> new Settled(UUID.fromString(Rows.text(r[0])), Boolean.TRUE.equals(Rows.bool(r[1])))).toList()));
    }
}
