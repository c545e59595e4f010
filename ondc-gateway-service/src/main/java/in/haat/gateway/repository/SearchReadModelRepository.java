package in.haat.gateway.repository;

import static in.haat.gateway.repository.NativeSql.execute;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes of the search read model ({@code search_storefront}, {@code search_seller}, {@code search_item},
 * {@code search_stock}): upserts where an older version never overwrites a newer one, tombstones and their purge.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class SearchReadModelRepository {

    public Uni<Void> upsertStorefront(UUID storefrontId, UUID sellerId, String document, Instant at, String cityCode,
            String domains) {
        return execute("insert into search_storefront (storefront_id, seller_id, document, updated_at, city_code, domains) "
                + "values (?1, ?2, cast(cast(?3 as text) as jsonb), ?4, ?5, string_to_array(?6, ',')) on conflict (storefront_id) do update "
                + "set seller_id = excluded.seller_id, document = excluded.document, updated_at = excluded.updated_at, "
                + "city_code = excluded.city_code, domains = excluded.domains, deleted_at = null, "
                + "listed_changed_at = case when search_storefront.deleted_at is not null "
                + "or (coalesce(search_storefront.document->>'status', 'LIVE') = 'LIVE') <> (coalesce(excluded.document->>'status', 'LIVE') = 'LIVE') "
                + "then now() else search_storefront.listed_changed_at end "
                + "where search_storefront.updated_at <= excluded.updated_at",
                storefrontId, sellerId, document, at, cityCode, domains);
    }

    /** Tombstones the storefront and its items. */
    public Uni<Void> deleteStorefront(UUID storefrontId, Instant at) {
        return execute("update search_storefront set deleted_at = ?2, updated_at = ?2, listed_changed_at = now() "
                + "where storefront_id = ?1 and deleted_at is null and updated_at <= ?2", storefrontId, at)
                .chain(() -> execute("update search_item set deleted_at = ?2, updated_at = ?2 "
                        + "where storefront_id = ?1 and deleted_at is null and updated_at <= ?2", storefrontId, at));
    }

    public Uni<Void> upsertSeller(UUID sellerId, String fssaiNumber, Instant at) {
        return execute("insert into search_seller (seller_id, fssai_number, updated_at) values (?1, ?2, ?3) "
                + "on conflict (seller_id) do update set fssai_number = excluded.fssai_number, updated_at = excluded.updated_at, "
                + "deleted_at = null where search_seller.updated_at <= excluded.updated_at",
                sellerId, fssaiNumber, at);
    }

    public Uni<Void> deleteSeller(UUID sellerId, Instant at) {
        return execute("update search_seller set deleted_at = ?2, updated_at = ?2 where seller_id = ?1 and updated_at <= ?2", sellerId, at);
    }

    public Uni<Void> upsertItem(UUID storefrontId, UUID itemId, String name, String document, Instant at) {
        return execute("insert into search_item (storefront_id, catalogue_item_id, name, document, updated_at) "
                + "values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), ?5) on conflict (storefront_id, catalogue_item_id) do update "
                + "set name = excluded.name, document = excluded.document, updated_at = excluded.updated_at, deleted_at = null, "
                + "changed_at = case when search_item.deleted_at is null and search_item.document = excluded.document "
                + "then search_item.changed_at else now() end "
                + "where search_item.updated_at <= excluded.updated_at",
                storefrontId, itemId, name, document, at);
    }

    /**
     * {@link #upsertItem} for many distinct items in one statement: {@code rows} is a JSON array of objects with
     * {@code storefront_id}, {@code catalogue_item_id}, {@code name}, {@code document} and {@code updated_at}.
     */
    public Uni<Void> upsertItems(String rows) {
        return execute("insert into search_item as i (storefront_id, catalogue_item_id, name, document, updated_at) "
                + "select cast(j.v->>'storefront_id' as uuid), cast(j.v->>'catalogue_item_id' as uuid), j.v->>'name', "
                + "j.v->'document', cast(j.v->>'updated_at' as timestamptz) "
                + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) as j(v) "
                + "on conflict (storefront_id, catalogue_item_id) do update "
                + "set name = excluded.name, document = excluded.document, updated_at = excluded.updated_at, deleted_at = null, "
                + "changed_at = case when i.deleted_at is null and i.document = excluded.document "
                + "then i.changed_at else now() end "
                + "where i.updated_at <= excluded.updated_at", rows);
    }

    public Uni<Void> deleteItem(UUID storefrontId, UUID itemId, Instant at) {
        return execute("update search_item set deleted_at = ?3, updated_at = ?3, changed_at = now() "
                + "where storefront_id = ?1 and catalogue_item_id = ?2 and deleted_at is null and updated_at <= ?3", storefrontId, itemId, at);
    }

    /** Only a change between in and out of stock is a listed change. */
    public Uni<Void> upsertStock(UUID storefrontId, UUID itemId, int available, Instant at) {
        return execute("insert into search_stock (storefront_id, catalogue_item_id, available, updated_at) values (?1, ?2, ?3, ?4) "
                + "on conflict (storefront_id, catalogue_item_id) do update set available = excluded.available, "
                + "updated_at = excluded.updated_at, listed_changed_at = case when (search_stock.available > 0) <> (excluded.available > 0) "
                + "then now() else search_stock.listed_changed_at end where search_stock.updated_at <= excluded.updated_at",
                storefrontId, itemId, available, at);
    }

    /**
     * {@link #upsertStock} for many distinct items in one statement: {@code rows} is a JSON array of objects with
     * {@code storefront_id}, {@code catalogue_item_id}, {@code available} and {@code updated_at}.
     */
    public Uni<Void> upsertStocks(String rows) {
        return execute("insert into search_stock as k (storefront_id, catalogue_item_id, available, updated_at) "
                + "select cast(j.v->>'storefront_id' as uuid), cast(j.v->>'catalogue_item_id' as uuid), "
                + "cast(j.v->>'available' as integer), cast(j.v->>'updated_at' as timestamptz) "
                + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) as j(v) "
                + "on conflict (storefront_id, catalogue_item_id) do update set available = excluded.available, "
                + "updated_at = excluded.updated_at, listed_changed_at = case when (k.available > 0) <> (excluded.available > 0) "
                + "then now() else k.listed_changed_at end where k.updated_at <= excluded.updated_at", rows);
    }

    /** Forgets tombstones older than {@code before}. */
    public Uni<Void> purgeTombstones(Instant before) {
        return execute("delete from search_item where deleted_at < ?1", before)
                .chain(() -> execute("delete from search_stock k where not exists (select 1 from search_item i "
                        + "where i.storefront_id = k.storefront_id and i.catalogue_item_id = k.catalogue_item_id) and k.updated_at < ?1", before))
                .chain(() -> execute("delete from search_storefront where deleted_at < ?1", before))
                .chain(() -> execute("delete from search_seller where deleted_at < ?1", before));
    }
}
