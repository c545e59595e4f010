package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Where and whether a storefront is listed: its city's code, its retail domains, and whether buyers may see it. */
public record Listing(Optional<String> cityCode, List<String> domains, boolean live) {

    public static Listing of(JsonNode storefront) {
        return new Listing(CityCodes.of(storefront.path("city_code").asText(null), storefront.path("pickup_details").path("pickup_city").asText(null)),
                RetailDomains.of(storefront), "LIVE".equals(storefront.path("status").asText("LIVE")));
    }

    /** Whether a search in {@code domain} and {@code city} ("*" for any city) lists this storefront. */
    public boolean matches(String domain, String city) {
        return domains.contains(domain) && ("*".equals(city) || cityCode.map(city::equals).orElse(false));
    }
}
