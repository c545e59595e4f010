package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A buyer's return through order-service's real consumer and the seller's REST API, in retail 1.2.0 and 1.2.5: the
 * return request (/update) answered by /on_update with the Return fulfilment Return_Initiated, then the seller's
 * approve, picked (the refund: line, quote and quote trail), delivered (units back on hand, once), each an unsolicited
 * /on_update passing ONDC's schema; a rejection, a liquidation and an unsellable return; every request or action the order does not permit
 * refused with ONDC's error or 409, changing nothing.
 */
@QuarkusTest
class ReturnTest extends ConfirmedOrderTestBase {

    private static final String[] TO_DELIVERY = {"accept", "pack", "ready-to-ship", "ship", "out-for-delivery", "deliver"};

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void aReturnedUnitIsRefundedAtPickUpAndOnHandOnceDelivered(String version) {
        Confirmed o = confirmed(version, 3, true);
        moveOn(o, TO_DELIVERY);
        int n = o.results() + TO_DELIVERY.length;

        String messageId = buyer("update", o.txn(), returnRequest(o, "R1", o.item().toString(), "1", "003"), version, BAP);
        JsonNode onUpdate = result(o.txn(), ++n);
        assertEquals("on_update", onUpdate.path("action").asText());
        assertEquals(messageId, onUpdate.path("request_message_id").asText());
        assertTrue(onUpdate.path("error").isNull() || onUpdate.path("error").isMissingNode(), onUpdate.toString());
        assertPassesOndcChecks(onUpdate, version);
        JsonNode r1 = fulfilment(onUpdate.path("message").path("order"), "R1");
        assertEquals("Return", r1.path("type").asText());
        assertEquals("Return_Initiated", r1.path("state").path("descriptor").path("code").asText());
        assertEquals(List.of("R1", o.item().toString(), "1", "003", "damaged", "https://img.example/1.jpg", BAP),
                r1.path("tags").path(0).path("list").findValuesAsText("value"));
        assertEquals(1, published("haat.order.events", o.orderId(), "order.return-requested").size());

        sellerOn(o, "R1", "approve", null).statusCode(200).body("state", equalTo("Completed"));
        JsonNode approved = result(o.txn(), ++n);
        assertTrue(approved.path("request_message_id").isNull(), "unsolicited");
        assertPassesOndcChecks(approved, version);
        assertEquals("Return_Approved", fulfilment(approved.path("message").path("order"), "R1").path("state").path("descriptor").path("code").asText());

        sellerOn(o, "R1", "picked", null).statusCode(200).body("total", equalTo("259.60"));
        JsonNode picked = result(o.txn(), ++n);
        assertPassesOndcChecks(picked, version);
        JsonNode order = picked.path("message").path("order");
        JsonNode r1Picked = fulfilment(order, "R1");
        assertEquals("Return_Picked", r1Picked.path("state").path("descriptor").path("code").asText());
        assertEquals(order.path("updated_at").asText(), r1Picked.path("start").path("time").path("timestamp").asText());
        assertEquals(List.of("item -110.00", "tax -19.80"), trail(r1Picked));
        assertEquals(List.of("1 2", "R1 1"), List.of(
                order.path("items").path(0).path("fulfillment_id").asText() + " " + order.path("items").path(0).path("quantity").path("count").asInt(),
                order.path("items").path(1).path("fulfillment_id").asText() + " " + order.path("items").path(1).path("quantity").path("count").asInt()));
        assertEquals("259.60", order.path("quote").path("price").path("value").asText());
        OrderFlowTest.assertQuoteAddsUp(order.path("quote"));
        assertEquals(0, published("haat.order.events", "order." + o.orderId(), "order.stock-restock-requested").size());

        sellerOn(o, "R1", "delivered", null).statusCode(200);
        JsonNode delivered = result(o.txn(), ++n);
        assertPassesOndcChecks(delivered, version);
        assertEquals("Return_Delivered", fulfilment(delivered.path("message").path("order"), "R1").path("state").path("descriptor").path("code").asText());
        List<JsonNode> restocked = published("haat.order.events", "order." + o.orderId(), "order.stock-restock-requested");
        assertEquals(1, restocked.size());
        assertEquals(1, restocked.get(0).path("items").path(0).path("quantity").asInt());
        assertEquals(3, published("haat.order.events", o.orderId(), "order.return-changed").size());
        sellerOn(o, "R1", "delivered", null).statusCode(409);
        sellerOn(o, "R1", "liquidate", null).statusCode(409);
        assertEquals(1, published("haat.order.events", "order." + o.orderId(), "order.stock-restock-requested").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.5"})
    void returnsTheOrderOrTheItemDoesNotPermitAreRefused(String version) {
        Confirmed kept = confirmed(version, 1, false);
        moveOn(kept, TO_DELIVERY);
        buyer("update", kept.txn(), returnRequest(kept, "R1", kept.item().toString(), "1", "003"), version, BAP);
        assertRefused(kept, kept.results() + TO_DELIVERY.length + 1, "50002"); // not returnable

        Confirmed o = confirmed(version, 3, true);
        int n = o.results();
        moveOn(o, "accept", "pack", "ready-to-ship", "ship");
        n += 4;
        buyer("update", o.txn(), returnRequest(o, "R1", o.item().toString(), "1", "003"), version, BAP);
        assertRefused(o, ++n, "50002"); // not delivered yet
        moveOn(o, "out-for-delivery", "deliver");
        n += 2;
        buyer("update", o.txn(), returnRequest(o, "R1", o.item().toString(), "1", "009"), version, BAP);
        assertRefused(o, ++n, "30005");
        buyer("update", o.txn(), returnRequest(o, "R1", o.item().toString(), "4", "003"), version, BAP);
        assertRefused(o, ++n, "30005");
        buyer("update", o.txn(), returnRequest(o, "R1", "no-such-item", "1", "003"), version, BAP);
        assertRefused(o, ++n, "30004");
        assertEquals(0, published("haat.order.events", o.orderId(), "order.return-requested").size());

        // R1 rejected with a reason; R2 liquidated: refunded, nothing comes back.
        buyer("update", o.txn(), returnRequest(o, "R1", o.item().toString(), "2", "001"), version, BAP);
        assertEquals("Return_Initiated", fulfilment(result(o.txn(), ++n).path("message").path("order"), "R1").path("state").path("descriptor")
                .path("code").asText());
        buyer("update", o.txn(), returnRequest(o, "R2", o.item().toString(), "2", "001"), version, BAP);
        assertRefused(o, ++n, "30005"); // 2 of 3 already asked for
        buyer("update", o.txn(), returnRequest(o, "R1", o.item().toString(), "1", "001"), version, BAP);
        assertRefused(o, ++n, "50002"); // R1 exists
        sellerOn(o, "R1", "reject", null).statusCode(400);
        sellerOn(o, "R9", "approve", null).statusCode(404);
        sellerOn(o, "R1", "picked", null).statusCode(409);
        sellerOn(o, "R1", "reject", "003").statusCode(200);
        JsonNode rejected = fulfilment(result(o.txn(), ++n).path("message").path("order"), "R1");
        assertEquals(List.of("Return_Rejected", "003"), List.of(rejected.path("state").path("descriptor").path("code").asText(),
                rejected.path("state").path("descriptor").path("short_desc").asText()));

        buyer("update", o.txn(), returnRequest(o, "R2", o.item().toString(), "1", "001"), version, BAP);
        assertEquals("on_update", result(o.txn(), ++n).path("action").asText());
        sellerOn(o, "R2", "liquidate", null).statusCode(200).body("total", equalTo("259.60"));
        JsonNode liquidated = result(o.txn(), ++n);
        assertPassesOndcChecks(liquidated, version);
        JsonNode r2 = fulfilment(liquidated.path("message").path("order"), "R2");
        assertEquals("Liquidated", r2.path("state").path("descriptor").path("code").asText());
        assertEquals(List.of("item -110.00", "tax -19.80"), trail(r2));

        // R3 comes back damaged: delivered, but kept off the shelf.
        buyer("update", o.txn(), returnRequest(o, "R3", o.item().toString(), "1", "003"), version, BAP);
        assertEquals("Return_Initiated", fulfilment(result(o.txn(), ++n).path("message").path("order"), "R3").path("state").path("descriptor")
                .path("code").asText());
        sellerOn(o, "R3", "approve", null).statusCode(200);
        sellerOn(o, "R3", "picked", null).statusCode(200);
        given().header("Authorization", o.token()).contentType("application/json").body("{\"sellable\": false}")
                .post("/api/orders/" + o.orderId() + "/returns/R3/delivered").then().statusCode(200).body("total", equalTo("129.80"));
        assertEquals("Return_Delivered", fulfilment(result(o.txn(), n + 3).path("message").path("order"), "R3").path("state").path("descriptor")
                .path("code").asText());
        assertEquals(0, published("haat.order.events", "order." + o.orderId(), "order.stock-restock-requested").size());
    }

    private io.restassured.response.ValidatableResponse sellerOn(Confirmed o, String returnId, String action, String reason) {
        return given().header("Authorization", o.token()).contentType("application/json")
                .body(reason == null ? "{}" : "{\"reason_code\": \"" + reason + "\"}")
                .post("/api/orders/" + o.orderId() + "/returns/" + returnId + "/" + action).then();
    }

    private void assertRefused(Confirmed o, int n, String code) {
        JsonNode result = result(o.txn(), n);
        assertEquals("on_update", result.path("action").asText());
        assertEquals(code, result.path("error").path("code").asText(), result.toString());
        assertPassesOndcChecks(result, o.version());
    }

    /** ONDC's update_buyer_initiated_part_return_request. */
    static ObjectNode returnRequest(Confirmed o, String id, String itemId, String quantity, String reason) {
        ObjectNode message = JSON.createObjectNode().put("update_target", "item");
        ObjectNode order = message.putObject("order").put("id", o.orderId());
        ObjectNode f = order.putArray("fulfillments").addObject().put("type", "Return");
        ArrayNode list = f.putArray("tags").addObject().put("code", "return_request").putArray("list");
        list.addObject().put("code", "id").put("value", id);
        list.addObject().put("code", "item_id").put("value", itemId);
        list.addObject().put("code", "item_quantity").put("value", quantity);
        list.addObject().put("code", "reason_id").put("value", reason);
        list.addObject().put("code", "reason_desc").put("value", "damaged");
        list.addObject().put("code", "images").put("value", "https://img.example/1.jpg");
        return message;
    }
}
