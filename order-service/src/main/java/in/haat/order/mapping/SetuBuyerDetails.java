package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Setu's {@code BuyerDetailDTO} (reference/setu/seller_client_openapi.json): the buyer's name, mobile number and delivery
 * address ({@code BuyerDeliveryDetailDTO}: the address as one line, the pincode as a number), from the ONDC order: the
 * Delivery fulfilment's end (where the goods go, its contact), the billing where the end says nothing.
 */
public record SetuBuyerDetails(
        String name,
        @JsonProperty("mobile_number") String mobileNumber,
        @JsonProperty("delivery_address") DeliveryAddress deliveryAddress) {

    /** Setu's {@code BuyerDeliveryDetailDTO}. */
    public record DeliveryAddress(
            @Schema(description = "door, building, street, locality, city and state, comma-separated") String address,
            @Schema(nullable = true, description = "the 6-digit PIN code; null when the order has none") Integer pincode) {
    }

    /** The buyer details of an ONDC order as the order keeps it. */
    public static SetuBuyerDetails of(JsonNode order) {
        JsonNode billing = order.path("billing");
        JsonNode end = delivery(order.path("fulfillments")).path("end");
        JsonNode address = end.path("location").path("address");
        if (!address.isObject()) {
            address = billing.path("address");
        }
        List<String> parts = new ArrayList<>();
        for (String field : List.of("door", "building", "street", "locality", "city", "state")) {
            String part = address.path(field).asText("").strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        String pin = first(address.path("area_code"), billing.path("address").path("area_code"));
        return new SetuBuyerDetails(first(billing.path("name"), address.path("name"), end.path("person").path("name")),
                first(end.path("contact").path("phone"), billing.path("phone")),
                new DeliveryAddress(String.join(", ", parts), pin.matches("\\d{6}") ? Integer.valueOf(pin) : null));
    }

    private static JsonNode delivery(JsonNode fulfilments) {
        for (JsonNode f : fulfilments) {
            if ("Delivery".equals(f.path("type").asText())) {
                return f;
            }
        }
        return fulfilments.path(0);
    }

    /** The first of these that is non-blank text, stripped; "" when none is (Setu requires name and mobile_number). */
    private static String first(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText().strip();
            }
        }
        return "";
    }
}
