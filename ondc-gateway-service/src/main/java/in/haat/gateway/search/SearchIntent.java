package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What a buyer searches for: item name, category, fulfilment type and where the buyer is. */
public record SearchIntent(Optional<String> itemName, Optional<String> categoryId, Optional<String> fulfilmentType,
        Optional<double[]> buyerGps) {

    public static SearchIntent of(JsonNode message) {
        JsonNode intent = message.path("intent");
        return new SearchIntent(
                text(intent.path("item").path("descriptor").path("name")),
                text(intent.path("category").path("id")),
                text(intent.path("fulfillment").path("type")),
                text(intent.path("fulfillment").path("end").path("location").path("gps")).flatMap(SearchIntent::gps));
    }

    static Optional<double[]> gps(String value) {
        String[] parts = value.split(",");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }
}
