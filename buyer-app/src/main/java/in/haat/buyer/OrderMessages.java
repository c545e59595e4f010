package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The buyer's messages of ONDC retail seller flow 1, shaped as ONDC's retail examples show them, each built from the
 * seller's previous callback: /init from /on_select, /confirm from /on_init (so what is confirmed is what was quoted).
 */
public final class OrderMessages {

    /** Where the demo buyer is: Bengaluru, near the demo storefront. */
    public static final String BUYER_GPS = "12.9716,77.5946";
    public static final String BUYER_AREA_CODE = "560001";
    /**
     * The buyer app's finder fee, as real buyer apps and ONDC's validator write its type ("percent", where the OpenAPI
     * enum says "Percent": the gateway accepts either).
     */
    static final String FINDER_FEE_TYPE = "percent";
    static final String FINDER_FEE = "3";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private OrderMessages() {
    }

    /** /search for items named like {@code itemName} (or everything, when null) delivered to the buyer. */
    public static ObjectNode search(String itemName) {
        ObjectNode intent = BuyerApp.JSON.createObjectNode();
        if (itemName != null) {
            intent.putObject("item").putObject("descriptor").put("name", itemName);
        }
        ObjectNode fulfillment = intent.putObject("fulfillment").put("type", "Delivery");
        fulfillment.putObject("end").putObject("location").put("gps", BUYER_GPS).putObject("address").put("area_code", BUYER_AREA_CODE);
        intent.putObject("payment").put("@ondc/org/buyer_app_finder_fee_type", FINDER_FEE_TYPE).put("@ondc/org/buyer_app_finder_fee_amount", FINDER_FEE);
        ObjectNode message = BuyerApp.JSON.createObjectNode();
        message.set("intent", intent);
        return message;
    }

    /** /select of {@code count} of one item of a provider's location. */
    public static ObjectNode select(String providerId, String locationId, String itemId, int count) {
        ObjectNode order = BuyerApp.JSON.createObjectNode();
        ObjectNode provider = order.putObject("provider").put("id", providerId);
        provider.putArray("locations").addObject().put("id", locationId);
        ObjectNode item = order.putArray("items").addObject().put("id", itemId).put("location_id", locationId);
        item.putObject("quantity").put("count", count);
        order.putArray("fulfillments").addObject().set("end", end(false));
        order.putObject("payment").put("type", "ON-ORDER");
        return wrap(order);
    }

    /** /init: the items and fulfilment /on_select offered, with the buyer's billing and delivery details. */
    public static ObjectNode init(JsonNode onSelectOrder, int count, Instant billingTime) {
        ObjectNode order = BuyerApp.JSON.createObjectNode();
        order.set("provider", providerOf(onSelectOrder));
        String fulfillmentId = onSelectOrder.path("fulfillments").path(0).path("id").asText("1");
        String locationId = onSelectOrder.path("provider").path("locations").path(0).path("id").asText();
        ArrayNode items = order.putArray("items");
        for (JsonNode offered : onSelectOrder.path("items")) {
            ObjectNode item = items.addObject().put("id", offered.path("id").asText()).put("fulfillment_id", fulfillmentId);
            if (!locationId.isEmpty()) {
                item.put("location_id", locationId);
            }
            item.putObject("quantity").put("count", count);
        }
        order.set("billing", billing(billingTime));
        ObjectNode fulfillment = order.putArray("fulfillments").addObject().put("id", fulfillmentId).put("type", "Delivery");
        fulfillment.set("end", end(true));
        // The buyer app's finder fee, as its /search stated it: the seller states it back in /on_init, unchanged.
        order.putObject("payment").put("type", "ON-ORDER").put("collected_by", "BAP")
                .put("@ondc/org/buyer_app_finder_fee_type", FINDER_FEE_TYPE).put("@ondc/org/buyer_app_finder_fee_amount", FINDER_FEE);
        return wrap(order);
    }

    /** /confirm of {@code orderId} (the buyer's order id, which the seller must keep): what /on_init answered, paid. */
    public static ObjectNode confirm(String orderId, JsonNode onInitOrder, Instant now) {
        ObjectNode order = BuyerApp.JSON.createObjectNode().put("id", orderId).put("state", "Created");
        order.set("provider", providerOf(onInitOrder));
        order.set("items", onInitOrder.path("items").deepCopy());
        order.set("billing", onInitOrder.path("billing").deepCopy());
        ArrayNode fulfillments = order.putArray("fulfillments");
        for (JsonNode offered : onInitOrder.path("fulfillments")) {
            ObjectNode fulfillment = fulfillments.addObject().put("id", offered.path("id").asText()).put("type", offered.path("type").asText("Delivery"));
            if (offered.has("tracking")) {
                fulfillment.put("tracking", offered.path("tracking").asBoolean());
            }
            ObjectNode end = end(true);
            end.putObject("person").put("name", "Ravi Kumar");
            fulfillment.set("end", end);
        }
        order.set("quote", onInitOrder.path("quote").deepCopy());
        JsonNode offeredPayment = onInitOrder.path("payment");
        ObjectNode payment = offeredPayment.isObject() ? offeredPayment.deepCopy() : BuyerApp.JSON.createObjectNode();
        payment.put("type", "ON-ORDER").put("collected_by", "BAP").put("status", "PAID");
        payment.putObject("params").put("amount", onInitOrder.path("quote").path("price").path("value").asText())
                .put("currency", "INR").put("transaction_id", "UPI-" + orderId);
        if (!payment.has("@ondc/org/buyer_app_finder_fee_type")) {
            payment.put("@ondc/org/buyer_app_finder_fee_type", FINDER_FEE_TYPE).put("@ondc/org/buyer_app_finder_fee_amount", FINDER_FEE);
        }
        if (!payment.has("@ondc/org/settlement_basis")) {
            payment.put("@ondc/org/settlement_basis", "delivery").put("@ondc/org/settlement_window", "P1D")
                    .put("@ondc/org/withholding_amount", "0.00");
        }
        order.set("payment", payment);
        ArrayNode tags = order.putArray("tags");
        // As real buyer apps and ONDC's examples do: the seller's bpp_terms from /on_init echoed, then our own bap_terms.
        onInitOrder.path("tags").forEach(tag -> {
            if ("bpp_terms".equals(tag.path("code").asText())) {
                tags.add(tag.deepCopy());
            }
        });
        ObjectNode bapTerms = tags.addObject().put("code", "bap_terms");
        bapTerms.putArray("list").addObject().put("code", "tax_number").put("value", "29AAACB1234C1Z5");
        String at = TIMESTAMP.format(now);
        order.put("created_at", at).put("updated_at", at);
        return wrap(order);
    }

    /** /status or /track of an order. */
    public static ObjectNode ofOrder(String orderId) {
        return BuyerApp.JSON.createObjectNode().put("order_id", orderId);
    }

    /** /cancel's message as ONDC's example has it: the order, the buyer's reason, the fulfilment it concerns. */
    public static ObjectNode cancel(String orderId, String reasonId) {
        ObjectNode message = ofOrder(orderId).put("cancellation_reason_id", reasonId);
        message.putObject("descriptor").put("name", "fulfillment").put("short_desc", "1");
        return message;
    }

    private static JsonNode providerOf(JsonNode order) {
        ObjectNode provider = BuyerApp.JSON.createObjectNode().put("id", order.path("provider").path("id").asText());
        JsonNode locations = order.path("provider").path("locations");
        if (locations.isArray() && !locations.isEmpty()) {
            provider.putArray("locations").addObject().put("id", locations.path(0).path("id").asText());
        }
        return provider;
    }

    private static ObjectNode end(boolean full) {
        ObjectNode end = BuyerApp.JSON.createObjectNode();
        ObjectNode location = end.putObject("location").put("gps", BUYER_GPS);
        ObjectNode address = location.putObject("address").put("area_code", BUYER_AREA_CODE);
        if (full) {
            address.put("name", "Ravi Kumar").put("building", "21, MG Road").put("locality", "Ashok Nagar")
                    .put("city", "Bengaluru").put("state", "Karnataka").put("country", "IND");
            end.putObject("contact").put("phone", "9886098860").put("email", "ravi@example.in");
        }
        return end;
    }

    private static ObjectNode billing(Instant at) {
        String time = TIMESTAMP.format(at);
        ObjectNode billing = BuyerApp.JSON.createObjectNode().put("name", "Ravi Kumar");
        billing.putObject("address").put("name", "Ravi Kumar").put("building", "21, MG Road").put("locality", "Ashok Nagar")
                .put("city", "Bengaluru").put("state", "Karnataka").put("country", "IND").put("area_code", BUYER_AREA_CODE);
        billing.put("email", "ravi@example.in").put("phone", "9886098860").put("created_at", time).put("updated_at", time);
        return billing;
    }

    private static ObjectNode wrap(ObjectNode order) {
        ObjectNode message = BuyerApp.JSON.createObjectNode();
        message.set("order", order);
        return message;
    }
}
