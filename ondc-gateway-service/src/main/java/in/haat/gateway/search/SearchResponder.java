package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.event.DomainResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Answers accepted /search requests from the gateway's own read model: finds live storefronts that serve the
 * buyer's location and their items matching the name and category asked for, and queues the /on_search
 * callback (solicited: it echoes the search's message_id) in the same transaction.
 */
@ApplicationScoped
public class SearchResponder {

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final CallbackBuilder callbacks;
    private final OnSearchCatalog catalog;
    private final ObjectMapper json;

    public SearchResponder(EventCodec codec, IdempotentConsumer idempotent, CallbackBuilder callbacks, ObjectMapper json,
            @ConfigProperty(name = "haat.ondc.bpp-name", defaultValue = "Haat") String bppName) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.callbacks = callbacks;
        this.json = json;
        this.catalog = new OnSearchCatalog(json, bppName);
    }

    @Incoming("search-requests")
    public Uni<Void> onRequest(String message) {
        return idempotent.handle(() -> onRequestOnce(message));
    }

    private Uni<Void> onRequestOnce(String message) {
        EventEnvelope event = codec.fromJson(message);
        if (!"ondc.search".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        JsonNode context = event.payload().path("context");
        SearchIntent intent = SearchIntent.of(event.payload().path("message"));
        return idempotent.applyOnce("ondc-gateway-service/search", event, () -> find(intent)
                .chain(providers -> callbacks.queue(new DomainResult("on_search", context.path("transaction_id").asText(),
                        context.path("message_id").asText(), catalog.message(providers, Instant.now()), null))))
                .replaceWithVoid();
    }

    /** The matching storefronts with their matching items; storefronts without a match are left out. */
    Uni<List<OnSearchCatalog.Provider>> find(SearchIntent intent) {
        StringBuilder sql = new StringBuilder("select cast(f.document as text), cast(i.document as text), "
                + "coalesce(k.available, cast(i.document->'inventory'->>'quantity' as integer), 0) "
                + "from search_item i join search_storefront f on f.storefront_id = i.storefront_id "
                + "left join search_stock k on k.storefront_id = i.storefront_id and k.catalogue_item_id = i.catalogue_item_id "
                + "where coalesce(f.document->>'status', 'LIVE') = 'LIVE'");
        List<Object> parameters = new ArrayList<>();
        intent.itemName().ifPresent(name -> {
            parameters.add("%" + name.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
            sql.append(" and lower(i.name) like ?").append(parameters.size());
        });
        intent.categoryId().ifPresent(category -> {
            parameters.add(category);
            sql.append(" and (jsonb_exists(i.document->'sub_categories', ?").append(parameters.size())
                    .append(") or jsonb_exists(f.document->'categories', ?").append(parameters.size()).append("))");
        });
        sql.append(" order by f.storefront_id, i.name");
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Object[].class);
            for (int p = 0; p < parameters.size(); p++) {
                query.setParameter(p + 1, parameters.get(p));
            }
            return query.getResultList();
        }).map(rows -> group(rows, intent.buyerGps()));
    }

    private List<OnSearchCatalog.Provider> group(List<Object[]> rows, Optional<double[]> buyer) {
        Map<String, JsonNode> storefronts = new LinkedHashMap<>();
        Map<String, List<OnSearchCatalog.Item>> items = new LinkedHashMap<>();
        for (Object[] row : rows) {
            JsonNode storefront = read((String) row[0]);
            String id = storefront.path("storefront_id").asText();
            if (buyer.isPresent() && !serves(storefront, buyer.get())) {
                continue;
            }
            storefronts.putIfAbsent(id, storefront);
            items.computeIfAbsent(id, k -> new ArrayList<>()).add(new OnSearchCatalog.Item(read((String) row[1]), ((Number) row[2]).intValue()));
        }
        return storefronts.entrySet().stream().map(e -> new OnSearchCatalog.Provider(e.getValue(), items.get(e.getKey()))).toList();
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

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
