package in.haat.gateway.repository;

import static in.haat.gateway.repository.NativeSql.rows;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads of the search read model: listed storefronts and their items for a search, and what changed in a window for
 * incremental refresh, narrowed to a domain and city ("*": any) on the columns worked out when events were applied.
 */
@ApplicationScoped
public class SearchCatalogueRepository {

    private static final String PLACE = " and (cast(?1 as text) = '*' or f.city_code = ?1 or f.city_code is null)"
            + " and (f.domains is null or ?2 = any(f.domains))";
    private static final String AVAILABLE = "coalesce(k.available, cast(i.document->'inventory'->>'quantity' as integer), 0)";

    /** Listed storefronts as (storefront_id, document with the seller's FSSAI licence when known), by id. */
    public Uni<List<Object[]>> listedStorefronts(String city, String domain) {
        return rows("select cast(f.storefront_id as text), cast(f.document || jsonb_strip_nulls(jsonb_build_object('fssai_number', "
                + "l.fssai_number)) as text) from search_storefront f left join search_seller l on l.seller_id = f.seller_id "
                + "and l.deleted_at is null where f.deleted_at is null and coalesce(f.document->>'status', 'LIVE') = 'LIVE'" + PLACE
                + " order by f.storefront_id", List.of(city, domain));
    }

    /**
     * Items of listed storefronts as (storefront_id, document, available), narrowed to a name containing
     * {@code itemName} and to a category of the item or its storefront when given.
     */
    public Uni<List<Object[]>> listedItems(String city, String domain, Optional<String> itemName, Optional<String> categoryId) {
        StringBuilder sql = new StringBuilder("select cast(i.storefront_id as text), cast(i.document as text), " + AVAILABLE
                + " from search_item i join search_storefront f on f.storefront_id = i.storefront_id "
                + "left join search_stock k on k.storefront_id = i.storefront_id and k.catalogue_item_id = i.catalogue_item_id "
                + "where i.deleted_at is null and f.deleted_at is null and coalesce(f.document->>'status', 'LIVE') = 'LIVE'" + PLACE);
        List<Object> parameters = new ArrayList<>(List.of(city, domain));
        itemName.ifPresent(name -> {
            parameters.add("%" + name.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            sql.append(" and lower(i.name) like ?").append(parameters.size());
        });
        categoryId.ifPresent(category -> {
            parameters.add(category);
            sql.append(" and (jsonb_exists(i.document->'sub_categories', ?").append(parameters.size())
                    .append(") or jsonb_exists(f.document->'categories', ?").append(parameters.size()).append("))");
        });
        sql.append(" order by i.storefront_id, i.name");
        return rows(sql.toString(), parameters);
    }

    /**
     * Storefronts listed or unlisted in [from, to), first seen before {@code from}, as (storefront_id, document,
     * listed now, listed_changed_at).
     */
    public Uni<List<Object[]>> storefrontListingChanges(String city, String domain, Instant from, Instant to) {
        return rows("select cast(f.storefront_id as text), cast(f.document as text), f.deleted_at is null "
                + "and coalesce(f.document->>'status', 'LIVE') = 'LIVE', f.listed_changed_at from search_storefront f "
                + "where f.listed_changed_at >= ?3 and f.listed_changed_at < ?4 and f.created_at < ?3" + PLACE,
                List.of(city, domain, from, to));
    }

    /**
     * Items of listed storefronts first seen before {@code from} that changed, were removed or went in or out of stock
     * in [from, to), as (storefront_id, storefront document, item document, available, removed, when it changed).
     */
    public Uni<List<Object[]>> itemChanges(String city, String domain, Instant from, Instant to) {
        return rows("select cast(f.storefront_id as text), cast(f.document as text), "
                + "cast(i.document as text), " + AVAILABLE + ", i.deleted_at is not null, "
                + "greatest(case when i.changed_at >= ?3 and i.changed_at < ?4 then i.changed_at end, "
                + "case when k.listed_changed_at >= ?3 and k.listed_changed_at < ?4 then k.listed_changed_at end) "
                + "from search_item i join search_storefront f on f.storefront_id = i.storefront_id "
                + "left join search_stock k on k.storefront_id = i.storefront_id and k.catalogue_item_id = i.catalogue_item_id "
                + "where f.deleted_at is null and coalesce(f.document->>'status', 'LIVE') = 'LIVE' and f.created_at < ?3 "
                + "and ((i.changed_at >= ?3 and i.changed_at < ?4) or (k.listed_changed_at >= ?3 and k.listed_changed_at < ?4))" + PLACE
                + " order by i.storefront_id, i.changed_at", List.of(city, domain, from, to));
    }
}
