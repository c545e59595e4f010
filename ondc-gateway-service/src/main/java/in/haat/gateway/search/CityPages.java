package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The on_search pages of a search, each with the city its context names. A search of every city ({@code "*"}) is
 * answered city by city, because a callback names its city and never {@code "*"} (ONDC's context rules; Pramaan
 * refuses "City Code can't be * for on_search"). Storefronts whose city has no known code, and an empty answer to a
 * {@code "*"} search, name {@code haat.search.home-city}.
 */
final class CityPages {

    /** One page and the city of its context. */
    record CityPage(String city, ObjectNode page) {
    }

    private CityPages() {
    }

    /** The pages {@code paging} makes of the providers of each city ({@code storefront} gives a provider's storefront). */
    static <T> List<CityPage> of(String city, String homeCity, List<T> providers, Function<T, JsonNode> storefront,
            Function<List<T>, List<ObjectNode>> paging) {
        Map<String, List<T>> byCity = new TreeMap<>();
        if (!"*".equals(city)) {
            byCity.put(city, providers);
        } else if (providers.isEmpty()) {
            byCity.put(homeCity, providers);
        } else {
            providers.forEach(p -> byCity.computeIfAbsent(Listing.of(storefront.apply(p)).cityCode().orElse(homeCity),
                    c -> new ArrayList<>()).add(p));
        }
        List<CityPage> pages = new ArrayList<>();
        byCity.forEach((c, group) -> paging.apply(group).forEach(page -> pages.add(new CityPage(c, page))));
        return pages;
    }
}
