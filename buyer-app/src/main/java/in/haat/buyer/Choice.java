package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What to buy: an item in stock, its provider and location, chosen from an /on_search (whose unit prices the transaction notes). */
record Choice(String providerId, String locationId, String itemId, String name) {

    /** The first item in stock of provider {@code providerId} (any, if null). */
    static Optional<Choice> first(JsonNode onSearch, String providerId, Transaction transaction) {
        for (JsonNode provider : onSearch.path("message").path("catalog").path("bpp/providers")) {
            if (providerId != null && !providerId.equals(provider.path("id").asText())) {
                continue;
            }
            for (JsonNode item : provider.path("items")) {
                transaction.offered(item.path("id").asText(), item.path("price").path("value").asText());
            }
            for (JsonNode item : provider.path("items")) {
                if (!"0".equals(item.path("quantity").path("available").path("count").asText())) {
                    String location = item.path("location_id").asText(provider.path("locations").path(0).path("id").asText());
                    return Optional.of(new Choice(provider.path("id").asText(), location, item.path("id").asText(),
                            item.path("descriptor").path("name").asText()));
                }
            }
        }
        return Optional.empty();
    }
}
