package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Buyer apps subscribed to incremental pushes: one per buyer app, domain and city; a new {@code mode: start}
 * replaces the buyer app's earlier one (and its transaction), {@code mode: stop} ends it. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SearchSubscriptions {

    /** One subscription: where pushes go and up to when they have been sent. */
    public record Subscription(String bapId, String domain, String city, String transactionId, Instant pushedUntil) {
    }

    public Uni<Void> start(JsonNode context, Instant from) {
        return Panache.getSession().chain(session -> session.createNativeQuery("insert into search_subscription "
                        + "(bap_id, domain, city, transaction_id, bap_uri, pushed_until) values (?1, ?2, ?3, ?4, ?5, ?6) "
                        + "on conflict (bap_id, domain, city) do update set transaction_id = excluded.transaction_id, "
                        + "bap_uri = excluded.bap_uri, pushed_until = excluded.pushed_until, created_at = now()")
                .setParameter(1, context.path("bap_id").asText())
                .setParameter(2, context.path("domain").asText())
                .setParameter(3, context.path("city").asText())
                .setParameter(4, context.path("transaction_id").asText())
                .setParameter(5, context.path("bap_uri").asText())
                .setParameter(6, from)
                .executeUpdate()).replaceWithVoid();
    }

    /** Ends the buyer app's subscription for the domain and city, or the one of this transaction. */
    public Uni<Void> stop(JsonNode context) {
        return Panache.getSession().chain(session -> session.createNativeQuery("delete from search_subscription where bap_id = ?1 "
                        + "and ((domain = ?2 and city = ?3) or transaction_id = ?4)")
                .setParameter(1, context.path("bap_id").asText())
                .setParameter(2, context.path("domain").asText())
                .setParameter(3, context.path("city").asText())
                .setParameter(4, context.path("transaction_id").asText())
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<List<Subscription>> all() {
        return Panache.getSession().chain(session -> session.createNativeQuery("select bap_id, domain, city, transaction_id, pushed_until "
                        + "from search_subscription order by bap_id, domain, city", Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new Subscription((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        CatalogueQueries.instant(r[4]))).toList());
    }

    public Uni<Void> pushed(Subscription subscription, Instant until) {
        return Panache.getSession().chain(session -> session.createNativeQuery("update search_subscription set pushed_until = ?4 "
                        + "where bap_id = ?1 and domain = ?2 and city = ?3 and pushed_until < ?4")
                .setParameter(1, subscription.bapId())
                .setParameter(2, subscription.domain())
                .setParameter(3, subscription.city())
                .setParameter(4, until)
                .executeUpdate()).replaceWithVoid();
    }
}
