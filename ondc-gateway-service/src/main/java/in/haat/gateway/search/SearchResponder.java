package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventEnvelope;
import in.haat.events.BatchEventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.events.Offload;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.config.SearchConfig;
import in.haat.gateway.event.DomainResult;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Answers accepted /search requests from the gateway's own read model, in the same transaction as the event is
 * taken: a full search gets the listed storefronts of its domain and city that serve the buyer, with their items
 * matching the name and category asked for, as one or more solicited /on_search pages (each echoes the search's
 * message_id); a catalog_inc pull gets what changed in its window; catalog_inc start and stop (un)subscribe the
 * buyer app from incremental pushes ({@link IncrementalPush}), which are its answer. A batch's searches are answered
 * in one transaction, one after the other; if one cannot be, {@link IdempotentConsumer#consumeBatch} answers them one
 * transaction each and dead-letters that one alone.
 */
@ApplicationScoped
public class SearchResponder implements BatchEventHandler {

    static final Map<String, String> FULL = Map.of("X-ONDC-Search-Response", "full");
    static final Map<String, String> INCREMENTAL = Map.of("X-ONDC-Search-Response", "inc");
    /** At most this many items are paged on the consumer's own thread ({@link #small}). */
    static final int INLINE_ITEMS = 50;

    private final IdempotentConsumer consumer;
    private final CallbackBuilder callbacks;
    private final CatalogueQueries queries;
    private final SearchSubscriptions subscriptions;
    private final OnSearchCatalog catalog;
    private final ObjectMapper json;
    private final int maxBytes;
    private final String homeCity;
    private final int heldItems;

    public SearchResponder(IdempotentConsumer consumer, CallbackBuilder callbacks, ObjectMapper json,
            CatalogueQueries queries, SearchSubscriptions subscriptions, SearchConfig config,
            @ConfigProperty(name = "haat.ondc.bpp-name", defaultValue = "Haat") String bppName) {
        this.consumer = consumer;
        this.callbacks = callbacks;
        this.queries = queries;
        this.subscriptions = subscriptions;
        this.json = json;
        this.catalog = new OnSearchCatalog(json, bppName, config.npType());
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE, config.maxCallbackSize().asLongValue());
        this.homeCity = config.homeCity();
        this.heldItems = config.heldItems();
    }

    /**
     * Reads the request topic in batches and answers a batch's searches in one transaction (issue 15: one transaction,
     * and one COMMIT round trip, per search bound /search's callbacks); every other action is passed over from its type.
     */
    @Incoming("search-requests")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onRequests(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    @Override
    public String name() {
        return "ondc-gateway-service/search";
    }

    @Override
    public Set<String> types() {
        return Set.of("ondc.search");
    }

    /**
     * The batch's searches answered in order, their callbacks queued together (one read, one insert), a part at a time
     * once {@link SearchConfig#heldItems} items' worth of pages is held.
     */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        List<CallbackBuilder.Pending> held = new ArrayList<>();
        int[] items = {0};
        return consumer.mapEach(this, events, event -> answer(event.payload()).chain(pending -> {
            held.addAll(pending);
            pending.forEach(p -> items[0] += 1 + itemCount(p.result().message()));
            if (items[0] < heldItems) {
                return Uni.createFrom().item(Boolean.TRUE);
            }
            List<CallbackBuilder.Pending> part = List.copyOf(held);
            held.clear();
            items[0] = 0;
            return callbacks.queueAll(part).replaceWith(Boolean.TRUE);
        })).chain(() -> callbacks.queueAll(held)).replaceWithVoid();
    }

    private static int itemCount(JsonNode message) {
        int count = 0;
        for (JsonNode provider : message.path("catalog").path("bpp/providers")) {
            count += provider.path("items").size();
        }
        return count;
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return answer(event.payload()).chain(callbacks::queueAll).replaceWithVoid();
    }

    /** The callbacks answering one search (none for a catalog_inc start or stop, whose answer is the pushes). */
    private Uni<List<CallbackBuilder.Pending>> answer(JsonNode request) {
        JsonNode context = request.path("context");
        String domain = context.path("domain").asText();
        String city = context.path("city").asText();
        Optional<CatalogIncrement> increment = CatalogIncrement.of(request.path("message"));
        if (increment.isPresent() && increment.get().startsPush()) {
            Instant from = increment.get().startTime().orElseGet(() -> Instant.parse(context.path("timestamp").asText()));
            return subscriptions.start(context, from).replaceWith(List.of());
        }
        if (increment.isPresent() && increment.get().stopsPush()) {
            return subscriptions.stop(context).replaceWith(List.of());
        }
        if (increment.isPresent()) {
            CatalogIncrement pull = increment.get();
            Instant to = pull.endTime().orElseGet(() -> Instant.parse(context.path("timestamp").asText()));
            Instant from = pull.startTime().orElse(to);
            return queries.changes(domain, city, from, to)
                    .chain(changes -> Offload.cpu(small(changes, c -> c.items().size()), () -> CityPages.of(city, homeCity, changes,
                            OnSearchCatalog.ProviderChange::storefront, group -> catalog.incrementalPages(group, maxBytes))))
                    // A pull is answered even when nothing changed (a push never is): an empty catalog says so.
                    .map(pages -> pages.isEmpty() ? List.of(new CityPages.CityPage("*".equals(city) ? homeCity : city, emptyCatalog())) : pages)
                    .map(pages -> pending(context, pages, INCREMENTAL));
        }
        Instant now = Instant.now();
        return queries.listed(domain, city, SearchIntent.of(request.path("message")))
                // Building a large catalogue takes a while: on a worker, so the event loop stays free (a small one is built here).
                .chain(providers -> Offload.cpu(small(providers, p -> p.items().size()), () -> CityPages.of(city, homeCity, providers,
                        OnSearchCatalog.Provider::storefront, group -> catalog.pages(group, domain, now, maxBytes))))
                .map(pages -> pending(context, pages, FULL));
    }

    /**
     * Whether a listing is paged where it is: a few items page in microseconds, less than a hand-over to a worker and
     * back (two thread wake-ups), which every search paid before, even one that found nothing (issue 15).
     */
    static <T> boolean small(List<T> providers, ToIntFunction<T> items) {
        return providers.stream().mapToInt(items).sum() <= INLINE_ITEMS;
    }

    private List<CallbackBuilder.Pending> pending(JsonNode context, List<CityPages.CityPage> pages, Map<String, String> headers) {
        return pages.stream().map(page -> callbacks.pending(new DomainResult("on_search", context.path("transaction_id").asText(),
                context.path("message_id").asText(), page.page(), null, page.city()), headers)).toList();
    }

    private ObjectNode emptyCatalog() {
        ObjectNode message = json.createObjectNode();
        message.putObject("catalog").putArray("bpp/providers");
        return message;
    }

    /** A radius storefront serves buyers within its radius of the pickup point; a pincode one is left to the buyer app. */
    static boolean serves(JsonNode storefront, double[] buyer) {
        JsonNode radius = storefront.path("serviceability").path("radius");
        if (!radius.isNumber()) {
            return true;
        }
        JsonNode pickup = storefront.path("pickup_details");
        double lat1 = Math.toRadians(pickup.path("pickup_lat").asDouble());
        double lat2 = Math.toRadians(buyer[0]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(buyer[1] - pickup.path("pickup_long").asDouble());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double km = 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        return km <= radius.asDouble();
    }
}
