package in.haat.order.repository;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.service.Catalogue;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * order-service's copy of storefronts, items and available stock, in the caller's transaction. A document is replaced
 * whole and never by an older event; a stock level never by an older version.
 */
@ApplicationScoped
public class CatalogueRepository {

    public Uni<Void> storefront(UUID storefrontId, UUID sellerId, String partnerId, JsonNode document, Instant at) {
        return Sql.update("insert into catalogue_storefront (storefront_id, seller_id, partner_id, document, deleted, event_at) "
                        + "values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), false, ?5) on conflict (storefront_id) do update "
                        + "set seller_id = excluded.seller_id, partner_id = coalesce(excluded.partner_id, catalogue_storefront.partner_id), "
                        + "document = excluded.document, deleted = false, event_at = excluded.event_at "
                        + "where catalogue_storefront.event_at <= excluded.event_at",
                storefrontId, sellerId, partnerId, document.toString(), at).replaceWithVoid();
    }

    public Uni<Void> storefrontDeleted(UUID storefrontId, Instant at) {
        return Sql.update("update catalogue_storefront set deleted = true, event_at = ?2 where storefront_id = ?1 and event_at <= ?2",
                        storefrontId, at)
                .chain(() -> Sql.update("update catalogue_item set deleted = true where storefront_id = ?1", storefrontId))
                .replaceWithVoid();
    }

    public Uni<Void> item(UUID storefrontId, UUID itemId, UUID sellerId, JsonNode document, Instant at) {
        return Sql.update("insert into catalogue_item (storefront_id, catalogue_item_id, seller_id, document, deleted, event_at) "
                        + "values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), false, ?5) on conflict (storefront_id, catalogue_item_id) "
                        + "do update set seller_id = excluded.seller_id, document = excluded.document, deleted = false, "
                        + "event_at = excluded.event_at where catalogue_item.event_at <= excluded.event_at",
                storefrontId, itemId, sellerId, document.toString(), at).replaceWithVoid();
    }

    public Uni<Void> itemDeleted(UUID storefrontId, UUID itemId, Instant at) {
        return Sql.update("update catalogue_item set deleted = true, event_at = ?3 where storefront_id = ?1 "
                + "and catalogue_item_id = ?2 and event_at <= ?3", storefrontId, itemId, at).replaceWithVoid();
    }

    public Uni<Void> stock(UUID storefrontId, UUID itemId, int available, long version) {
        return Sql.update("insert into item_stock (storefront_id, catalogue_item_id, available, version) values (?1, ?2, ?3, ?4) "
                        + "on conflict (storefront_id, catalogue_item_id) do update set available = excluded.available, "
                        + "version = excluded.version where item_stock.version < excluded.version",
                storefrontId, itemId, available, version).replaceWithVoid();
    }

    /** The partner that owns a seller, as its storefronts' events say; null when none says. */
    public Uni<String> partnerOfSeller(UUID sellerId) {
        return Sql.rows("select partner_id from catalogue_storefront where seller_id = ?1 and partner_id is not null limit 1", sellerId)
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    // A one-column native row may come back as the bare value.
                    Object first = ((java.util.List<?>) rows).get(0);
                    return Sql.text(first instanceof Object[] r ? r[0] : first);
                });
    }

    /** A live storefront, or null. */
    public Uni<Catalogue.Storefront> storefront(UUID storefrontId) {
        return Sql.rows("select seller_id, partner_id, cast(document as text) from catalogue_storefront "
                        + "where storefront_id = ?1 and not deleted", storefrontId)
                .map(rows -> rows.isEmpty() ? null : new Catalogue.Storefront(storefrontId, Sql.uuid(rows.get(0)[0]),
                        Sql.text(rows.get(0)[1]), Sql.json(rows.get(0)[2])));
    }

    /** The storefront's live items among {@code itemIds}, by id, with their available stock (the catalogue's quantity until inventory says). */
    public Uni<Map<UUID, Catalogue.Item>> items(UUID storefrontId, Iterable<UUID> itemIds) {
        StringBuilder ids = new StringBuilder();
        for (UUID id : itemIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        return Sql.rows("select i.catalogue_item_id, cast(i.document as text), "
                        + "coalesce(s.available, case when (i.document->'inventory'->>'quantity') ~ '^[0-9]{1,9}$' "
                        + "then cast(i.document->'inventory'->>'quantity' as integer) end, 0) "
                        + "from catalogue_item i left join item_stock s on s.storefront_id = i.storefront_id "
                        + "and s.catalogue_item_id = i.catalogue_item_id "
                        + "where i.storefront_id = ?1 and not i.deleted and i.catalogue_item_id = any(string_to_array(?2, ',')::uuid[])",
                        storefrontId, ids.toString())
                .map(rows -> {
                    Map<UUID, Catalogue.Item> items = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        UUID id = Sql.uuid(row[0]);
                        items.put(id, new Catalogue.Item(id, Sql.json(row[1]), ((Number) row[2]).intValue()));
                    }
                    return items;
                });
    }
}
