package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the gateway's copy of sellers, storefronts, items and stock; an older version never overwrites a newer one. Deletes
 * leave tombstones, and every change a buyer app can see is stamped with when it was applied, for incremental
 * refresh. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SearchReadModel {

    public Uni<Void> storefront(JsonNode storefront, Instant at) {
        Listing listing = Listing.of(storefront);
        return execute("insert into search_storefront (storefront_id, seller_id, document, updated_at, city_code, domains) "
                + "values (?1, ?2, cast(cast(?3 as text) as jsonb), ?4, ?5, string_to_array(?6, ',')) on conflict (storefront_id) do update "
                + "set seller_id = excluded.seller_id, document = excluded.document, updated_at = excluded.updated_at, "
                + "city_code = excluded.city_code, domains = excluded.domains, deleted_at = null, "
                + "listed_changed_at = case when search_storefront.deleted_at is not null "
                + "or (coalesce(search_storefront.document->>'status', 'LIVE') = 'LIVE') <> (coalesce(excluded.document->>'status', 'LIVE') = 'LIVE') "
                + "then now() else search_storefront.listed_changed_at end "
                + "where search_storefront.updated_at <= excluded.updated_at",
                uuid(storefront, "storefront_id"), uuid(storefront, "seller_id"), storefront.toString(), at,
                listing.cityCode().orElse(null), String.join(",", listing.domains()));
    }

    /** The storefront is unlisted; its items go with it (catalogue-service sends no item deletes for them). */
    public Uni<Void> storefrontDeleted(UUID storefrontId, Instant at) {
        return execute("update search_storefront set deleted_at = ?2, updated_at = ?2, listed_changed_at = now() "
                + "where storefront_id = ?1 and deleted_at is null and updated_at <= ?2", storefrontId, at)
                .chain(() -> execute("update search_item set deleted_at = ?2, updated_at = ?2 "
                        + "where storefront_id = ?1 and deleted_at is null and updated_at <= ?2", storefrontId, at));
    }

    /** A seller as seller.created or seller.updated carries it (its licence numbers; contact details are not in events). */
    public Uni<Void> seller(JsonNode seller, Instant at) {
        return execute("insert into search_seller (seller_id, fssai_number, updated_at) values (?1, ?2, ?3) "
                + "on conflict (seller_id) do update set fssai_number = excluded.fssai_number, updated_at = excluded.updated_at, "
                + "deleted_at = null where search_seller.updated_at <= excluded.updated_at",
                uuid(seller, "seller_id"), seller.path("fssai_number").asText(null), at);
    }

    public Uni<Void> sellerDeleted(UUID sellerId, Instant at) {
        return execute("update search_seller set deleted_at = ?2, updated_at = ?2 where seller_id = ?1 and updated_at <= ?2", sellerId, at);
    }

    public Uni<Void> item(JsonNode item, Instant at) {
        String name = item.path("catalogue_item_details").path("name").asText("");
        return execute("insert into search_item (storefront_id, catalogue_item_id, name, document, updated_at) "
                + "values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), ?5) on conflict (storefront_id, catalogue_item_id) do update "
                + "set name = excluded.name, document = excluded.document, updated_at = excluded.updated_at, deleted_at = null, "
                + "changed_at = case when search_item.deleted_at is null and search_item.document = excluded.document "
                + "then search_item.changed_at else now() end "
                + "where search_item.updated_at <= excluded.updated_at",
                uuid(item, "storefront_id"), uuid(item, "catalogue_item_id"), name, item.toString(), at);
    }

    public Uni<Void> itemDeleted(UUID storefrontId, UUID itemId, Instant at) {
        return execute("update search_item set deleted_at = ?3, updated_at = ?3, changed_at = now() "
                + "where storefront_id = ?1 and catalogue_item_id = ?2 and deleted_at is null and updated_at <= ?3", storefrontId, itemId, at);
    }

    /** Buyers see only in or out of stock (ONDC's 99 or 0), so only a change between the two is a listed change. */
    public Uni<Void> stock(UUID storefrontId, UUID itemId, int available, Instant at) {
        return execute("insert into search_stock (storefront_id, catalogue_item_id, available, updated_at) values (?1, ?2, ?3, ?4) "
                + "on conflict (storefront_id, catalogue_item_id) do update set available = excluded.available, "
                + "updated_at = excluded.updated_at, listed_changed_at = case when (search_stock.available > 0) <> (excluded.available > 0) "
                + "then now() else search_stock.listed_changed_at end where search_stock.updated_at <= excluded.updated_at",
                storefrontId, itemId, available, at);
    }

    /** Forgets tombstones older than {@code before}: incremental windows do not reach back that far. */
    public Uni<Void> purgeTombstones(Instant before) {
        return execute("delete from search_item where deleted_at < ?1", before)
                .chain(() -> execute("delete from search_stock k where not exists (select 1 from search_item i "
                        + "where i.storefront_id = k.storefront_id and i.catalogue_item_id = k.catalogue_item_id) and k.updated_at < ?1", before))
                .chain(() -> execute("delete from search_storefront where deleted_at < ?1", before))
                .chain(() -> execute("delete from search_seller where deleted_at < ?1", before));
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asText());
    }

    private static Uni<Void> execute(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
