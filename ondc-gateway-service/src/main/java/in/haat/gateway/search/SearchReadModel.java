package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import in.haat.events.EventEnvelope;
import in.haat.gateway.repository.SearchReadModelRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the gateway's copy of sellers, storefronts, items and stock; an older version never overwrites a newer one. Deletes
 * leave tombstones, and every change a buyer app can see is stamped with when it was applied, for incremental
 * refresh. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SearchReadModel {

    private final SearchReadModelRepository rows;

    public SearchReadModel(SearchReadModelRepository rows) {
        this.rows = rows;
    }

    public Uni<Void> storefront(JsonNode storefront, Instant at) {
        Listing listing = Listing.of(storefront);
        return rows.upsertStorefront(uuid(storefront, "storefront_id"), uuid(storefront, "seller_id"), storefront.toString(), at,
                listing.cityCode().orElse(null), String.join(",", listing.domains()));
    }

    /** The storefront is unlisted; its items go with it (catalogue-service sends no item deletes for them). */
    public Uni<Void> storefrontDeleted(UUID storefrontId, Instant at) {
        return rows.deleteStorefront(storefrontId, at);
    }

    /** A seller as seller.created or seller.updated carries it (its licence numbers; contact details are not in events). */
    public Uni<Void> seller(JsonNode seller, Instant at) {
        return rows.upsertSeller(uuid(seller, "seller_id"), seller.path("fssai_number").asText(null), at);
    }

    public Uni<Void> sellerDeleted(UUID sellerId, Instant at) {
        return rows.deleteSeller(sellerId, at);
    }

    public Uni<Void> item(JsonNode item, Instant at) {
        String name = item.path("catalogue_item_details").path("name").asText("");
        return rows.upsertItem(uuid(item, "storefront_id"), uuid(item, "catalogue_item_id"), name, item.toString(), at);
    }

    /** {@link #item} for the {@code catalogue-item.upserted} events of distinct items, in one statement. */
    public Uni<Void> items(List<EventEnvelope> upserts) {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (EventEnvelope event : upserts) {
            JsonNode item = event.payload();
            batch.addObject().put("storefront_id", uuid(item, "storefront_id").toString())
                    .put("catalogue_item_id", uuid(item, "catalogue_item_id").toString())
                    .put("name", item.path("catalogue_item_details").path("name").asText(""))
                    .put("updated_at", event.occurredAt().toString())
                    .set("document", item);
        }
        return batch.isEmpty() ? Uni.createFrom().voidItem() : rows.upsertItems(batch.toString());
    }

    /** {@link #stock} for the {@code stock.changed} events of distinct items, in one statement. */
    public Uni<Void> stocks(List<EventEnvelope> changes) {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (EventEnvelope event : changes) {
            JsonNode p = event.payload();
            batch.addObject().put("storefront_id", uuid(p, "storefront_id").toString())
                    .put("catalogue_item_id", uuid(p, "catalogue_item_id").toString())
                    .put("available", p.path("available").asInt(0))
                    .put("updated_at", event.occurredAt().toString());
        }
        return batch.isEmpty() ? Uni.createFrom().voidItem() : rows.upsertStocks(batch.toString());
    }

    public Uni<Void> itemDeleted(UUID storefrontId, UUID itemId, Instant at) {
        return rows.deleteItem(storefrontId, itemId, at);
    }

    /** Buyers see only in or out of stock (ONDC's 99 or 0), so only a change between the two is a listed change. */
    public Uni<Void> stock(UUID storefrontId, UUID itemId, int available, Instant at) {
        return rows.upsertStock(storefrontId, itemId, available, at);
    }

    /** Forgets tombstones older than {@code before}: incremental windows do not reach back that far. */
    public Uni<Void> purgeTombstones(Instant before) {
        return rows.purgeTombstones(before);
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asText());
    }
}
