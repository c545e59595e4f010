package in.haat.order.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import in.haat.order.CatalogueItem;
import in.haat.order.CatalogueStorefront;
import in.haat.order.service.Catalogue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * order-service's copy of storefronts, items and available stock, in the caller's transaction. A document is replaced
 * whole and never by an older event; a stock level never by an older version. The writes are native upserts: each
 * event's row is inserted or replaced in one statement, conditionally on its time or version. The reads are read-only
 * entities: the order flow never changes them, so the session keeps no snapshot of their documents to compare at flush.
 */
@ApplicationScoped
public class CatalogueRepository {

    /** A catalogue quantity that fits an integer. */
    private static final Pattern QUANTITY = Pattern.compile("[0-9]{1,9}");

    public Uni<Void> storefront(UUID storefrontId, UUID sellerId, String partnerId, JsonNode document, Instant at) {
        return update("insert into catalogue_storefront (storefront_id, seller_id, partner_id, document, deleted, event_at) "
                        + "values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), false, ?5) on conflict (storefront_id) do update "
                        + "set seller_id = excluded.seller_id, partner_id = coalesce(excluded.partner_id, catalogue_storefront.partner_id), "
                        + "document = excluded.document, deleted = false, event_at = excluded.event_at "
                        + "where catalogue_storefront.event_at <= excluded.event_at",
                storefrontId, sellerId, partnerId, document.toString(), at);
    }

    public Uni<Void> storefrontDeleted(UUID storefrontId, Instant at) {
        return update("update catalogue_storefront set deleted = true, event_at = ?2 where storefront_id = ?1 and event_at <= ?2",
                storefrontId, at)
                // Its items as of the deletion, stamped with its time (as the gateway's read model does): an older upsert of
                // one of them, applied again, cannot bring it back, and the deletion applied again spares a newer one.
                .chain(() -> update("update catalogue_item set deleted = true, event_at = ?2 where storefront_id = ?1 and event_at <= ?2",
                        storefrontId, at));
    }

    /** An item as {@code catalogue-item.upserted} says it, at the event's time. */
    public record ItemUpsert(UUID storefrontId, UUID itemId, UUID sellerId, JsonNode document, Instant at) {
    }

    /**
     * Items inserted or replaced in one statement (a batch's run of upserts, issue 15), each row only by a newer or
     * equal event; the upserts name distinct items (one statement cannot change a row twice).
     */
    public Uni<Void> items(List<ItemUpsert> upserts) {
        if (upserts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ArrayNode rows = JSON.createArrayNode();
        for (ItemUpsert item : upserts) {
            rows.addObject().put("s", item.storefrontId().toString()).put("i", item.itemId().toString())
                    .put("l", item.sellerId().toString()).put("t", item.at().toString()).set("d", item.document());
        }
        return update("insert into catalogue_item (storefront_id, catalogue_item_id, seller_id, document, deleted, event_at) "
                        + "select cast(e->>'s' as uuid), cast(e->>'i' as uuid), cast(e->>'l' as uuid), e->'d', false, "
                        + "cast(e->>'t' as timestamptz) from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) as e "
                        + "on conflict (storefront_id, catalogue_item_id) do update set seller_id = excluded.seller_id, "
                        + "document = excluded.document, deleted = false, event_at = excluded.event_at "
                        + "where catalogue_item.event_at <= excluded.event_at",
                rows.toString());
    }

    public Uni<Void> itemDeleted(UUID storefrontId, UUID itemId, Instant at) {
        return update("update catalogue_item set deleted = true, event_at = ?3 where storefront_id = ?1 "
                + "and catalogue_item_id = ?2 and event_at <= ?3", storefrontId, itemId, at);
    }

    public Uni<Void> stock(UUID storefrontId, UUID itemId, int available, long version) {
        return update("insert into item_stock (storefront_id, catalogue_item_id, available, version) values (?1, ?2, ?3, ?4) "
                        + "on conflict (storefront_id, catalogue_item_id) do update set available = excluded.available, "
                        + "version = excluded.version where item_stock.version < excluded.version",
                storefrontId, itemId, available, version);
    }

    /** A stock level as {@code stock.changed} says it. */
    public record StockLevel(UUID storefrontId, UUID itemId, int available, long version) {
    }

    /**
     * {@link #stock} for many items in one statement (a batch's run of {@code stock.changed}, issue 15), each row under the
     * same "never an older version" rule; the levels name distinct items (one statement cannot change a row twice).
     */
    public Uni<Void> stocks(List<StockLevel> levels) {
        if (levels.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ArrayNode rows = JSON.createArrayNode();
        for (StockLevel level : levels) {
            rows.addObject().put("s", level.storefrontId().toString()).put("i", level.itemId().toString())
                    .put("a", level.available()).put("v", level.version());
        }
        return update("insert into item_stock (storefront_id, catalogue_item_id, available, version) "
                        + "select cast(e->>'s' as uuid), cast(e->>'i' as uuid), cast(e->>'a' as int), cast(e->>'v' as bigint) "
                        + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) as e "
                        + "on conflict (storefront_id, catalogue_item_id) do update set available = excluded.available, "
                        + "version = excluded.version where item_stock.version < excluded.version",
                rows.toString());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The partner that owns a seller, as its storefronts' events say; null when none says. */
    public Uni<String> partnerOfSeller(UUID sellerId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select s.partnerId from CatalogueStorefront s where s.sellerId = ?1 and s.partnerId is not null", String.class)
                .setParameter(1, sellerId)
                .setMaxResults(1)
                .getResultList())
                .map(partners -> partners.isEmpty() ? null : partners.get(0));
    }

    /** A live storefront, or null. */
    public Uni<Catalogue.Storefront> storefront(UUID storefrontId) {
        return storefront(storefrontId, false);
    }

    /**
     * A storefront as last published even if since deleted (an order's invoice and label still name who sold it and from
     * where), or null when we never had it.
     */
    public Uni<Catalogue.Storefront> storefrontOfOrder(UUID storefrontId) {
        return storefront(storefrontId, true);
    }

    private Uni<Catalogue.Storefront> storefront(UUID storefrontId, boolean evenDeleted) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from CatalogueStorefront where storefrontId = ?1" + (evenDeleted ? "" : " and deleted = false"), CatalogueStorefront.class)
                .setParameter(1, storefrontId)
                .setReadOnly(true)
                .getSingleResultOrNull())
                .map(s -> s == null ? null : new Catalogue.Storefront(s.storefrontId, s.sellerId, s.partnerId, s.document));
    }

    /**
     * A storefront, null unless live, and its live items among those asked for, by id, with their available stock; the
     * items are there even when the storefront was deleted since (an order made from an earlier /init still sold them).
     */
    public record Offer(Catalogue.Storefront storefront, Map<UUID, Catalogue.Item> items) {
    }

    /**
     * The storefront and, as {@link #items}, its live items among {@code itemIds} ({@link Offer}): one statement where it
     * was two, on every /select and /init and for every order made (issue 15).
     */
    public Uni<Offer> offer(UUID storefrontId, List<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return storefront(storefrontId).map(s -> new Offer(s, Map.of()));
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select s, i, k.available from CatalogueStorefront s left join CatalogueItem i "
                                + "on i.storefrontId = s.storefrontId and i.catalogueItemId in ?2 and i.deleted = false "
                                + "left join ItemStock k on k.storefrontId = i.storefrontId and k.catalogueItemId = i.catalogueItemId "
                                + "where s.storefrontId = ?1", Object[].class)
                .setParameter(1, storefrontId).setParameter(2, itemIds).setReadOnly(true).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return new Offer(null, Map.of());
                    }
                    CatalogueStorefront s = (CatalogueStorefront) rows.get(0)[0];
                    Map<UUID, Catalogue.Item> found = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        if (row[1] instanceof CatalogueItem i) {
                            found.put(i.catalogueItemId, item(i, row[2]));
                        }
                    }
                    return new Offer(s.deleted ? null : new Catalogue.Storefront(s.storefrontId, s.sellerId, s.partnerId, s.document),
                            found);
                });
    }

    /**
     * The storefront's live items among {@code itemIds}, by id, with their available stock (the catalogue's quantity until
     * inventory says, else 0).
     */
    public Uni<Map<UUID, Catalogue.Item>> items(UUID storefrontId, List<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // One statement for the items and their stock (it was two, a round trip more on every /select, /init and /confirm).
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select i, s.available from CatalogueItem i left join ItemStock s "
                                + "on s.storefrontId = i.storefrontId and s.catalogueItemId = i.catalogueItemId "
                                + "where i.storefrontId = ?1 and i.catalogueItemId in ?2 and i.deleted = false", Object[].class)
                .setParameter(1, storefrontId).setParameter(2, itemIds).setReadOnly(true).getResultList())
                .map(rows -> {
                    Map<UUID, Catalogue.Item> found = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        CatalogueItem i = (CatalogueItem) row[0];
                        found.put(i.catalogueItemId, item(i, row[1]));
                    }
                    return found;
                });
    }

    /** The item with its stock: inventory's level when it said one, else the catalogue's own quantity. */
    private static Catalogue.Item item(CatalogueItem i, Object stock) {
        int available = stock instanceof Integer level ? level : catalogueQuantity(i.document);
        return new Catalogue.Item(i.catalogueItemId, i.document, available);
    }

    /** The item document's own quantity (inventory.quantity), 0 when it has none that fits. */
    private static int catalogueQuantity(JsonNode document) {
        JsonNode quantity = document.path("inventory").path("quantity");
        return quantity.isValueNode() && QUANTITY.matcher(quantity.asText()).matches() ? Integer.parseInt(quantity.asText()) : 0;
    }

    private static Uni<Void> update(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
