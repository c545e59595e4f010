package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.gateway.repository.SearchCatalogueRepository;
import in.haat.persistence.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the search read model: the listed storefronts a search finds with their matching items, and what changed
 * in a window for incremental refresh. City and domain are narrowed in SQL on the columns worked out when events
 * were applied, then decided on the storefront's document (rows from before those columns have them null).
 */
@ApplicationScoped
public class CatalogueQueries {

    private final ObjectMapper json;
    private final SearchCatalogueRepository repository;

    public CatalogueQueries(ObjectMapper json, SearchCatalogueRepository repository) {
        this.json = json;
        this.repository = repository;
    }

    /** Listed storefronts of the domain and city ("*": any) that the intent's buyer is served by, with the matching items. */
    public Uni<List<OnSearchCatalog.Provider>> listed(String domain, String city, SearchIntent intent) {
        // The seller's FSSAI licence goes into the storefront document for the provider (the key is absent when unknown).
        return repository.listedStorefronts(city, domain).chain(storefrontRows -> {
            Map<String, JsonNode> storefronts = new LinkedHashMap<>();
            for (Object[] row : storefrontRows) {
                JsonNode storefront = read(Rows.text(row[1]));
                if (Listing.of(storefront).matches(domain, city)
                        && intent.buyerGps().map(gps -> SearchResponder.serves(storefront, gps)).orElse(true)) {
                    storefronts.put(Rows.text(row[0]), storefront);
                }
            }
            if (storefronts.isEmpty()) {
                return Uni.createFrom().item(List.<OnSearchCatalog.Provider>of());
            }
            return repository.listedItems(city, domain, intent.itemName(), intent.categoryId()).map(itemRows -> {
                Map<String, List<OnSearchCatalog.Item>> items = new LinkedHashMap<>();
                for (Object[] row : itemRows) {
                    if (storefronts.containsKey(Rows.text(row[0]))) {
                        items.computeIfAbsent(Rows.text(row[0]), k -> new ArrayList<>())
                                .add(new OnSearchCatalog.Item(Rows.text(row[1]), Rows.integer(row[2])));
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
        return repository.storefrontListingChanges(city, domain, from, to)
                .chain(storefrontRows -> repository.itemChanges(city, domain, from, to).map(itemRows -> {
                    Map<String, JsonNode> documents = new HashMap<>();
                    Map<String, OnSearchCatalog.ProviderChange> listings = new LinkedHashMap<>();
                    for (Object[] row : storefrontRows) {
                        JsonNode storefront = read(Rows.text(row[1]));
                        documents.put(Rows.text(row[0]), storefront);
                        listings.put(Rows.text(row[0]), new OnSearchCatalog.ProviderChange(storefront, true, Rows.bool(row[2]),
                                Rows.instant(row[3]), List.of()));
                    }
                    Map<String, List<OnSearchCatalog.ItemChange>> items = new LinkedHashMap<>();
                    for (Object[] row : itemRows) {
                        documents.computeIfAbsent(Rows.text(row[0]), k -> read(Rows.text(row[1])));
                        items.computeIfAbsent(Rows.text(row[0]), k -> new ArrayList<>()).add(new OnSearchCatalog.ItemChange(
                                read(Rows.text(row[2])), Rows.integer(row[3]), Rows.bool(row[4]), Rows.instant(row[5])));
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

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
