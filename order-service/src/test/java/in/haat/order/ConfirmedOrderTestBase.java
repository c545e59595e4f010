package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.Problem;
import in.haat.ondc.validation.SchemaCheck;
import in.haat.ondc.validation.ValidationResult;
import in.haat.order.service.OndcOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Tests of what happens to an order after /confirm: an order confirmed through the real consumers, and ONDC's checks. */
abstract class ConfirmedOrderTestBase extends OrderTestBase {

    static final String BAP = "buyer.test.haat";
    private static final BecknValidator OUTGOING = new BecknValidator(new SchemaCheck(), "haat.localhost", "http://localhost:8080",
            Duration.ofSeconds(30), Duration.ofSeconds(30));

    /** An order confirmed in {@code version} (Created / Pending) and how many results its transaction has had. */
    record Confirmed(Shop shop, String txn, String orderId, String version, UUID item, int results) {
        String token() {
            return shop.token("orders:read", "orders:write");
        }
    }

    /** {@code units} of an item at 110.00 with 18% GST, confirmed. */
    Confirmed confirmed(String version, int units) {
        return confirmed(version, units, false);
    }

    /** The same, of an item returnable within 7 days of delivery when {@code returnable}. */
    Confirmed confirmed(String version, int units, boolean returnable) {
        Shop shop = newShop();
        UUID item = newItem(shop, "Atta 5kg", "110", 50, java.util.Map.of(), java.util.Map.of("returnable", returnable, "return_window", 7,
                "cancellable", true, "time_to_ship", "PT1H", "max_sale_quantity", 10));
        return confirmed(shop, item, version, units);
    }

    /** {@code units} of {@code item} of {@code shop}'s, confirmed in {@code version}. */
    Confirmed confirmed(Shop shop, UUID item, String version, int units) {
        String txn = UUID.randomUUID().toString();
        buyer("init", txn, JSON.createObjectNode().set("order", OrderFlowTest.initOrder(shop, item, units)), version, BAP);
        inventoryAnswers("stock.held", stockRequest(txn, "order.stock-hold-requested", 1), List.of());
        JsonNode onInit = result(txn, 1);
        buyer("confirm", txn, JSON.createObjectNode().set("order", OrderFlowTest.confirmOrder("O-" + txn, onInit.path("message").path("order"))),
                version, BAP);
        inventoryAnswers("stock.committed", stockRequest(txn, "order.stock-commit-requested", 1), List.of());
        assertEquals("on_confirm", result(txn, 2).path("action").asText());
        return new Confirmed(shop, txn, "O-" + txn, version, item, 2);
    }

    /** The seller's actions in turn, each answered 200. */
    void moveOn(Confirmed o, String... actions) {
        for (String action : actions) {
            given().header("Authorization", o.token()).post("/api/orders/" + o.orderId() + "/" + action).then().statusCode(200);
        }
    }

    /**
     * The gateway's outgoing check (official schema, context rules) in the version the buyer app speaks: no error, and
     * no warning but those ONDC's own examples have (its OpenAPI's fulfilment types list neither Cancel nor RTO).
     */
    static void assertPassesOndcChecks(JsonNode result, String version) {
        ObjectNode callback = callback(result, version);
        ((ObjectNode) callback.path("context")).put("timestamp", OndcOrders.timestamp(Instant.now()));
        ValidationResult checked = OUTGOING.checkOutgoing(callback);
        assertEquals(List.of(), checked.errors(), callback.toString());
        Set<String> allowed = Set.of("/message/order/fulfillments/1/type", "/message/order/fulfillments/2/type");
        assertEquals(List.of(), checked.warnings().stream().map(Problem::path).filter(p -> !allowed.contains(p)).toList(),
                checked.warnings().toString());
    }

    /** A fulfilment's {@code quote_trail} tags as "type id value". */
    static List<String> trail(JsonNode fulfilment) {
        List<String> trail = new ArrayList<>();
        fulfilment.path("tags").forEach(t -> {
            if (t.path("code").asText().equals("quote_trail")) {
                trail.add(t.path("list").path(0).path("value").asText() + " " + t.path("list").path(3).path("value").asText());
            }
        });
        return trail;
    }

    /** The order's fulfilment with this id. */
    static JsonNode fulfilment(JsonNode order, String id) {
        for (JsonNode f : order.path("fulfillments")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no fulfilment " + id + " in " + order);
    }
}
