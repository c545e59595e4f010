package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the search read model: the listed storefronts a search finds with their matching items, and what changed
 * in a window for incremental refresh. City and domain are narrowed in SQL on the columns worked out when events
 * were applied, then decided on the storefront's document (rows from before those columns have them null).
 */
@ApplicationScoped
public class CatalogueQueries {

    private static final String PLACE = " and (cast(?1 as text) = '*' or f.city_code = ?1 or f.city_code is null)"
            + " and (f.domains is null or ?2 = any(f.domains))";
    private static final String AVAILABLE = "coalesce(k.available, cast(i.document->'inventory'->>'quantity' as integer), 0)";

    private final ObjectMapper json;

    public CatalogueQueries(ObjectMapper json) {
        this.json = json;
    }

    /** Listed storefronts of the domain and city ("*": any) that the intent's buyer is served by, with the matching items. */
    public Uni<List<OnSearchCatalog.Provider>> listed(String domain, String city, SearchIntent intent) {
        // The seller's FSSAI licence goes into the storefront document for the provider (the key is absent when unknown).
        return rows("select cast(f.storefront_id as text), cast(f.document || jsonb_strip_nulls(jsonb_build_object('fssai_number', "
                + "l.fssai_number)) as text) from search_storefront f left join search_seller l on l.seller_id = f.seller_id "
                + "and l.deleted_at is null where f.deleted_at is null and coalesce(f.document->>'status', 'LIVE') = 'LIVE'" + PLACE
                + " order by f.storefront_id", List.of(city, domain)).chain(storefrontRows -> {
            Map<String, JsonNode> storefronts = new LinkedHashMap<>();
            for (Object[] row : storefrontRows) {
                JsonNode storefront = read((String) row[1]);
                if (Listing.of(storefront).matches(domain, city)
                        && intent.buyerGps().map(gps -> SearchResponder.serves(storefront, gps)).orElse(true)) {
                    storefronts.put((String) row[0], storefront);
                }
            }
            if (storefronts.isEmpty()) {
                return Uni.createFrom().item(List.<OnSearchCatalog.Provider>of());
            }
            StringBuilder sql = new StringBuilder("select cast(i.storefront_id as text), cast(i.document as text), " + AVAILABLE
                    + " from search_item i join search_storefront f on f.storefront_id = i.storefront_id "
                    + "left join search_stock k on k.storefront_id = i.storefront_id and k.catalogue_item_id = i.catalogue_item_id "
                    + "where i.deleted_at is null and f.deleted_at is null and coalesce(f.document->>'status', 'LIVE') = 'LIVE'" + PLACE);
            List<Object> parameters = new ArrayList<>(List.of(city, domain));
            intent.itemName().ifPresent(name -> {
                parameters.add("%" + name.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
                sql.append(" and lower(i.name) like ?").append(parameters.size());
            });
            intent.categoryId().ifPresent(category -> {
                parameters.add(category);
                sql.append(" and (jsonb_exists(i.document->'sub_categories', ?").append(parameters.size())
                        .append(") or jsonb_exists(f.document->'categories', ?").append(parameters.size()).append("))");
            });
            sql.append(" order by i.storefront_id, i.name");
            return rows(sql.toString(), parameters).map(itemRows -> {
                Map<String, List<OnSearchCatalog.Item>> items = new LinkedHashMap<>();
                for (Object[] row : itemRows) {
                    if (storefronts.containsKey((String) row[0])) {
                        items.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                                .add(new OnSearchCatalog.Item((String) row[1], ((Number) row[2]).intValue()));
                    }
                }
                // Storefronts without a matching item are left out.
                return items.entrySet().stream()
                        .map(e -> new OnSearchCatalog.Provider(storefronts.get(e.getKey()), e.getValue())).toList();
            });
        });
    }

    /**
     * What buyers of the domain and city could see change in [from, to): storefronts listed or unlisted, items
     * changed or removed, items gone in or out of stock. Storefronts first seen at or after {@code from} are left
     * out: ONDC brings new providers only with a full refresh.
     */
    public Uni<List<OnSearchCatalog.ProviderChange>> changes(String domain, String city, Instant from, Instant to) {
        return rows("select cast(f.storefront_id as text), cast(f.document as text), f.deleted_at is null "
                + "and coalesce(f.document->>'status', 'LIVE') = 'LIVE', f.listed_changed_at from search_storefront f "
                + "where f.listed_changed_at >= ?3 and f.listed_changed_at < ?4 and f.created_at < ?3" + PLACE,
                List.of(city, domain, from, to)).chain(storefrontRows -> rows("select cast(f.storefront_id as text), cast(f.document as text), "
                + "cast(i.document as text), " + AVAILABLE + ", i.deleted_at is not null, "
                + "greatest(case when i.changed_at >= ?3 and i.changed_at < ?4 then i.changed_at end, "
                + "case when k.listed_changed_at >= ?3 and k.listed_changed_at < ?4 then k.listed_changed_at end) "
                + "from search_item i join search_storefront f on f.storefront_id = i.storefront_id "
                + "left join search_stock k on k.storefront_id = i.storefront_id and k.catalogue_item_id = i.catalogue_item_id "
                + "where f.deleted_at is null and coalesce(f.document->>'status', 'LIVE') = 'LIVE' and f.created_at < ?3 "
                + "and ((i.changed_at >= ?3 and i.changed_at < ?4) or (k.listed_changed_at >= ?3 and k.listed_changed_at < ?4))" + PLACE
                + " order by i.storefront_id, i.changed_at", List.of(city, domain, from, to)).map(itemRows -> {
                    Map<String, JsonNode> documents = new HashMap<>();
                    Map<String, OnSearchCatalog.ProviderChange> listings = new LinkedHashMap<>();
                    for (Object[] row : storefrontRows) {
                        JsonNode storefront = read((String) row[1]);
                        documents.put((String) row[0], storefront);
                        listings.put((String) row[0], new OnSearchCatalog.ProviderChange(storefront, true, (Boolean) row[2],
                                instant(row[3]), List.of()));
                    }
                    Map<String, List<OnSearchCatalog.ItemChange>> items = new LinkedHashMap<>();
                    for (Object[] row : itemRows) {
                        documents.computeIfAbsent((String) row[0], k -> read((String) row[1]));
                        items.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(new OnSearchCatalog.ItemChange(
                                read((String) row[2]), ((Number) row[3]).intValue(), (Boolean) row[4], instant(row[5])));
                    }
                    Set<String> ids = new LinkedHashSet<>(listings.keySet());
                    ids.addAll(items.keySet());
                    List<OnSearchCatalog.ProviderChange> changes = new ArrayList<>();
                    for (String id : ids) {
                        JsonNode storefront = documents.get(id);
                        if (!Listing.of(storefront).matches(domain, city)) {
                            continue;
                        }
                        OnSearchCatalog.ProviderChange listing = listings.get(id);
                        changes.add(new OnSearchCatalog.ProviderChange(storefront, listing != null,
                                listing != null && listing.listed(), listing == null ? null : listing.listingChangedAt(),
                                items.getOrDefault(id, List.of())));
                    }
                    return changes;
                }));
    }

    private Uni<List<Object[]>> rows(String sql, List<Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int p = 0; p < parameters.size(); p++) {
                query.setParameter(p + 1, parameters.get(p));
            }
            return query.getResultList();
        });
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }
}
