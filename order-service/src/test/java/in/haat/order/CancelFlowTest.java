package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.Problem;
import in.haat.ondc.validation.SchemaCheck;
import in.haat.ondc.validation.ValidationResult;
import in.haat.order.service.OndcOrders;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancelling a whole order through order-service's real consumers: the buyer app's /cancel and the seller's reject,
 * each answered by an /on_cancel that ONDC's schema and our outgoing check pass, in retail 1.2.0 and 1.2.5; the order,
 * its history and the stock given back once; and every /cancel the order's state does not permit refused unchanged.
 */
@QuarkusTest
class CancelFlowTest extends OrderTestBase {

    private static final String BAP = "buyer.test.haat";
    private static final BecknValidator OUTGOING = new BecknValidator(new SchemaCheck(), "haat.localhost", "http://localhost:8080",
            Duration.ofSeconds(30), Duration.ofSeconds(30));

    /** An order confirmed in {@code version} (Created / Pending), its transaction id and how many results it has had. */
    private record Confirmed(Shop shop, String txn, String orderId, String version, UUID item, int results) {
    }

    private Confirmed confirmed(String version) {
        Shop shop = newShop();
        UUID item = newItem(shop, "Atta 5kg", "110", 50);
        String txn = UUID.randomUUID().toString();
        buyer("init", txn, JSON.createObjectNode().set("order", OrderFlowTest.initOrder(shop, item, 2)), version, BAP);
        inventoryAnswers("stock.held", stockRequest(txn, "order.stock-hold-requested", 1), List.of());
        JsonNode onInit = result(txn, 1);
        buyer("confirm", txn, JSON.createObjectNode().set("order", OrderFlowTest.confirmOrder("O-" + txn, onInit.path("message").path("order"))),
                version, BAP);
        inventoryAnswers("stock.committed", stockRequest(txn, "order.stock-commit-requested", 1), List.of());
        assertEquals("on_confirm", result(txn, 2).path("action").asText());
        return new Confirmed(shop, txn, "O-" + txn, version, item, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void theBuyerCancelsAPackedOrderAndItsStockIsAvailableAgain(String version) {
        Confirmed o = confirmed(version);
        String token = o.shop().token("orders:read", "orders:write");
        given().header("Authorization", token).post("/api/orders/" + o.orderId() + "/accept").then().statusCode(200);
        given().header("Authorization", token).post("/api/orders/" + o.orderId() + "/pack").then().statusCode(200);

        String cancelMessage = buyer("cancel", o.txn(), cancel(o.orderId(), "006"), version, BAP);
        JsonNode onCancel = result(o.txn(), o.results() + 3);
        assertEquals("on_cancel", onCancel.path("action").asText());
        assertEquals(cancelMessage, onCancel.path("request_message_id").asText());
        assertTrue(onCancel.path("error").isNull() || onCancel.path("error").isMissingNode(), onCancel.toString());
        assertPassesOndcChecks(onCancel, version);
        JsonNode order = onCancel.path("message").path("order");
        assertCancelled(order, "006", BAP);
        OrderFlowTest.assertQuoteAddsUp(order.path("quote"));

        given().header("Authorization", token).get("/api/orders/" + o.orderId()).then().statusCode(200)
                .body("state", equalTo("Cancelled")).body("fulfilment_state", equalTo("Cancelled")).body("total", equalTo("0.00"))
                .body("history[3].state", equalTo("Cancelled"))
                .body("history[3].cause", equalTo("cancelled by the buyer app " + BAP + " (reason 006)"));
        assertEquals(1, count("select count(*) from order_fulfilment where order_id = $1 and type = 'Cancel' and state = 'Cancelled'", o.orderId()));
        List<JsonNode> changes = published("haat.order.events", o.orderId(), "order.state-changed");
        assertEquals("Cancelled", changes.get(changes.size() - 1).path("state").asText());
        List<JsonNode> returned = published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested");
        assertEquals(1, returned.size());
        assertEquals(o.item().toString(), returned.get(0).path("items").path(0).path("catalogue_item_id").asText());
        assertEquals(2, returned.get(0).path("items").path(0).path("quantity").asInt());

        // The same /cancel again: already cancelled, refused with 50001; nothing more is given back.
        buyer("cancel", o.txn(), cancel(o.orderId(), "006"), version, BAP);
        JsonNode again = result(o.txn(), o.results() + 4);
        assertEquals("50001", again.path("error").path("code").asText());
        assertPassesOndcChecks(again, version);
        assertEquals(1, published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested").size());
    }

    /**
     * 1.2.5's cancellation terms (stated at /on_init, kept on the order) charge 10% once Packed for reason 001: the
     * /on_cancel keeps that fee as a misc quote line with its positive quote_trail entry, so the price at /on_confirm
     * (259.60) is still the price now plus what the trail refunded, as ONDC's validator checks. 1.2.0 states no terms.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void aBuyerWhoCancelsForAReasonOurTermsChargePaysTheFeeIn125(String version) {
        Confirmed o = confirmed(version);
        String token = o.shop().token("orders:read", "orders:write");
        given().header("Authorization", token).post("/api/orders/" + o.orderId() + "/accept").then().statusCode(200);
        given().header("Authorization", token).post("/api/orders/" + o.orderId() + "/pack").then().statusCode(200);

        buyer("cancel", o.txn(), cancel(o.orderId(), "001"), version, BAP);
        JsonNode onCancel = result(o.txn(), o.results() + 3);
        assertTrue(onCancel.path("error").isNull() || onCancel.path("error").isMissingNode(), onCancel.toString());
        assertPassesOndcChecks(onCancel, version);
        JsonNode order = onCancel.path("message").path("order");
        OrderFlowTest.assertQuoteAddsUp(order.path("quote"));
        boolean fee = version.equals("1.2.5");
        String price = fee ? "25.96" : "0.00";
        assertEquals(price, order.path("quote").path("price").path("value").asText());
        List<String> trail = new ArrayList<>();
        BigDecimal trailSum = BigDecimal.ZERO;
        for (JsonNode t : order.path("fulfillments").path(1).path("tags")) {
            if (t.path("code").asText().equals("quote_trail")) {
                trail.add(t.path("list").path(0).path("value").asText() + " " + t.path("list").path(3).path("value").asText());
                trailSum = trailSum.add(new BigDecimal(t.path("list").path(3).path("value").asText()));
            }
        }
        assertEquals(fee ? List.of("item -220.00", "tax -39.60", "misc 25.96") : List.of("item -220.00", "tax -39.60"), trail);
        assertEquals(0, new BigDecimal("259.60").compareTo(new BigDecimal(price).subtract(trailSum)), "confirmed = now - trail");
        JsonNode last = order.path("quote").path("breakup").path(order.path("quote").path("breakup").size() - 1);
        assertEquals(fee ? "misc" : "delivery", last.path("@ondc/org/title_type").asText(), last.toString());
        // The seller's view: the order's value, what was refunded and by which fulfilment, what the seller is owed.
        String refunded = new BigDecimal("259.60").subtract(new BigDecimal(price)).toPlainString();
        given().header("Authorization", token).get("/api/orders/" + o.orderId()).then().statusCode(200)
                .body("total", equalTo(price)).body("order_value", equalTo("259.60")).body("refunded", equalTo(refunded))
                .body("seller_owed", equalTo(price)).body("refunds[0].fulfilment_id", equalTo("C1"))
                .body("refunds[0].type", equalTo("Cancel")).body("refunds[0].amount", equalTo(refunded))
                .body("history[3].cause", equalTo("cancelled by the buyer app " + BAP + " (reason 001)" + (fee ? ", cancellation fee 25.96" : "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void theSellersRejectIsAnUnsolicitedOnCancel(String version) {
        Confirmed o = confirmed(version);
        given().header("Authorization", o.shop().token("orders:read", "orders:write")).contentType("application/json")
                .body("{\"reason_code\": \"002\"}").post("/api/orders/" + o.orderId() + "/reject").then().statusCode(200)
                .body("state", equalTo("Cancelled"));

        JsonNode onCancel = result(o.txn(), o.results() + 1);
        assertEquals("on_cancel", onCancel.path("action").asText());
        assertTrue(onCancel.path("request_message_id").isNull(), "unsolicited");
        assertPassesOndcChecks(onCancel, version);
        assertCancelled(onCancel.path("message").path("order"), "002", "haat.localhost");
        assertEquals(1, published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void aCancelTheOrderDoesNotPermitIsRefusedAndChangesNothing(String version) {
        Confirmed o = confirmed(version);
        int n = o.results();
        // Not this buyer app's order, no such order, no reason a buyer may give: 30018, 30018, 30012.
        buyer("cancel", o.txn(), cancel(o.orderId(), "006"), version, "other-buyer.example");
        assertRefused(o, ++n, "30018");
        buyer("cancel", o.txn(), cancel("O-none-" + UUID.randomUUID(), "006"), version, BAP);
        assertRefused(o, ++n, "30018");
        buyer("cancel", o.txn(), cancel(o.orderId(), "022"), version, BAP);
        assertRefused(o, ++n, "30012");

        // Picked up: past the point where the buyer may cancel.
        String token = o.shop().token("orders:read", "orders:write");
        for (String step : List.of("accept", "pack", "ready-to-ship", "ship")) {
            given().header("Authorization", token).post("/api/orders/" + o.orderId() + "/" + step).then().statusCode(200);
            n++;
        }
        buyer("cancel", o.txn(), cancel(o.orderId(), "006"), version, BAP);
        assertRefused(o, ++n, "50001");
        given().header("Authorization", token).get("/api/orders/" + o.orderId()).then().statusCode(200)
                .body("state", equalTo("In-progress")).body("fulfilment_state", equalTo("Order-picked-up"));
        assertEquals(0, published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested").size());
        assertEquals(0, count("select count(*) from order_fulfilment where order_id = $1 and type = 'Cancel'", o.orderId()));
    }

    private void assertRefused(Confirmed o, int n, String code) {
        JsonNode result = result(o.txn(), n);
        assertEquals("on_cancel", result.path("action").asText());
        assertEquals(code, result.path("error").path("code").asText(), result.toString());
        assertPassesOndcChecks(result, o.version());
    }

    /**
     * The gateway's outgoing check in the version the buyer app speaks: no error, and no warning but the one ONDC's
     * own examples have (its OpenAPI's fulfilment types do not list Cancel).
     */
    private static void assertPassesOndcChecks(JsonNode result, String version) {
        ObjectNode callback = callback(result, version);
        ((ObjectNode) callback.path("context")).put("timestamp", OndcOrders.timestamp(Instant.now()));
        ValidationResult checked = OUTGOING.checkOutgoing(callback);
        assertEquals(List.of(), checked.errors(), callback.toString());
        assertEquals(List.of(), checked.warnings().stream().map(Problem::path).filter(p -> !p.equals("/message/order/fulfillments/1/type")).toList(),
                checked.warnings().toString());
    }

    private static void assertCancelled(JsonNode order, String reason, String by) {
        assertEquals("Cancelled", order.path("state").asText());
        assertEquals(by, order.path("cancellation").path("cancelled_by").asText());
        assertEquals(reason, order.path("cancellation").path("reason").path("id").asText());
        JsonNode delivery = order.path("fulfillments").path(0);
        assertEquals("Delivery", delivery.path("type").asText());
        assertEquals("Cancelled", delivery.path("state").path("descriptor").path("code").asText());
        JsonNode cancel = order.path("fulfillments").path(1);
        assertEquals("Cancel", cancel.path("type").asText());
        assertEquals("Cancelled", cancel.path("state").path("descriptor").path("code").asText());
        JsonNode request = cancel.path("tags").path(0);
        assertEquals("cancel_request", request.path("code").asText());
        assertEquals(List.of(reason, by), request.path("list").findValuesAsText("value"));
        List<String> trail = new ArrayList<>();
        cancel.path("tags").forEach(t -> {
            if (t.path("code").asText().equals("quote_trail")) {
                trail.add(t.path("list").path(0).path("value").asText() + " " + t.path("list").path(3).path("value").asText());
            }
        });
        assertEquals(List.of("item -220.00", "tax -39.60"), trail, "2 x 110.00 and 18% GST refunded; delivery was 0.00");
        assertEquals("0.00", order.path("quote").path("price").path("value").asText());
        assertEquals(0, order.path("quote").path("breakup").path(0).path("@ondc/org/item_quantity").path("count").asInt(-1));
        assertEquals(0, order.path("items").path(0).path("quantity").path("count").asInt(-1));
        assertEquals("C1", order.path("items").path(1).path("fulfillment_id").asText());
        assertEquals(2, order.path("items").path(1).path("quantity").path("count").asInt());
    }

    private static ObjectNode cancel(String orderId, String reason) {
        ObjectNode message = JSON.createObjectNode().put("order_id", orderId).put("cancellation_reason_id", reason);
        message.putObject("descriptor").put("name", "fulfillment").put("short_desc", "1");
        return message;
    }
}
