package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.repository.SearchSubscriptionRepository;
import in.haat.persistence.Rows;
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

    private final SearchSubscriptionRepository rows;

    public SearchSubscriptions(SearchSubscriptionRepository rows) {
        this.rows = rows;
    }

    /** One subscription: where pushes go and up to when they have been sent. */
    public record Subscription(String bapId, String domain, String city, String transactionId, Instant pushedUntil) {
    }

    public Uni<Void> start(JsonNode context, Instant from) {
        return rows.upsert(context.path("bap_id").asText(), context.path("domain").asText(), context.path("city").asText(),
                context.path("transaction_id").asText(), context.path("bap_uri").asText(), from);
    }

    /** Ends the buyer app's subscription for the domain and city, or the one of this transaction. */
    public Uni<Void> stop(JsonNode context) {
        return rows.delete(context.path("bap_id").asText(), context.path("domain").asText(), context.path("city").asText(),
                context.path("transaction_id").asText());
    }

    public Uni<List<Subscription>> all() {
        return rows.all().map(all -> all.stream().map(r -> new Subscription(Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]),
                Rows.text(r[3]), Rows.instant(r[4]))).toList());
    }

    public Uni<Void> pushed(Subscription subscription, Instant until) {
        return rows.pushed(subscription.bapId(), subscription.domain(), subscription.city(), until);
    }
}
