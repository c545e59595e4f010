package in.haat.gateway.repository;

import static in.haat.gateway.repository.NativeSql.execute;
import static in.haat.gateway.repository.NativeSql.rows;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Buyer apps' incremental-push subscriptions ({@code search_subscription}); runs in the caller's transaction. */
@ApplicationScoped
public class SearchSubscriptionRepository {

    /** Starts the subscription, replacing the buyer app's earlier one for the domain and city. */
    public Uni<Void> upsert(String bapId, String domain, String city, String transactionId, String bapUri, Instant from) {
        return execute("insert into search_subscription "
                + "(bap_id, domain, city, transaction_id, bap_uri, pushed_until) values (?1, ?2, ?3, ?4, ?5, ?6) "
                + "on conflict (bap_id, domain, city) do update set transaction_id = excluded.transaction_id, "
                + "bap_uri = excluded.bap_uri, pushed_until = excluded.pushed_until, created_at = now()",
                bapId, domain, city, transactionId, bapUri, from);
    }

    /** Deletes the buyer app's subscription for the domain and city, or the one of this transaction. */
    public Uni<Void> delete(String bapId, String domain, String city, String transactionId) {
        return execute("delete from search_subscription where bap_id = ?1 "
                + "and ((domain = ?2 and city = ?3) or transaction_id = ?4)", bapId, domain, city, transactionId);
    }

    /** Every subscription as (bap_id, domain, city, transaction_id, pushed_until), in a stable order. */
    public Uni<List<Object[]>> all() {
        return rows("select bap_id, domain, city, transaction_id, pushed_until "
                + "from search_subscription order by bap_id, domain, city", List.of());
    }

    /** Moves the subscription's pushed window end forward to {@code until}, never back. */
    public Uni<Void> pushed(String bapId, String domain, String city, Instant until) {
        return execute("update search_subscription set pushed_until = ?4 "
                + "where bap_id = ?1 and domain = ?2 and city = ?3 and pushed_until < ?4", bapId, domain, city, until);
    }
}
