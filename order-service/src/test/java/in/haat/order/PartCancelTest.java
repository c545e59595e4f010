package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seller's part-cancel through order-service's REST API and real consumers, in retail 1.2.0 and 1.2.5: the
 * unsolicited /on_update (reduced quantities, Cancel fulfilment, quote and quote trail) passing ONDC's schema, the units
 * given back once (Idempotency-Key honoured), order.updated and the history; refused with 400 or 409, changing nothing.
 */
@QuarkusTest
class PartCancelTest extends ConfirmedOrderTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void theSellerPartCancelsAUnitAndTheBuyerAppGetsAnOnUpdate(String version) {
        Confirmed o = confirmed(version, 3);
        moveOn(o, "accept", "pack");
        String key = UUID.randomUUID().toString();
        String body = "{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + o.item() + "\", \"quantity\": 1}]}";
        String token = o.token(); // keys belong to the client: one token, one client
        for (int i = 0; i < 2; i++) {
            // The same request twice under one Idempotency-Key: one part-cancel, the same answer.
            given().header("Authorization", token).header("Idempotency-Key", key).contentType("application/json").body(body)
                    .post("/api/orders/" + o.orderId() + "/part-cancel").then().statusCode(200)
                    .body("state", equalTo("In-progress")).body("fulfilment_state", equalTo("Packed")).body("total", equalTo("259.60"))
                    .body("history[3].cause", containsString("part-cancelled by the seller (reason 002): 1 x " + o.item()));
        }

        JsonNode onUpdate = result(o.txn(), o.results() + 3);
        assertEquals("on_update", onUpdate.path("action").asText());
        assertTrue(onUpdate.path("request_message_id").isNull(), "unsolicited");
        assertPassesOndcChecks(onUpdate, version);
        JsonNode order = onUpdate.path("message").path("order");
        assertEquals("In-progress", order.path("state").asText());
        assertEquals(List.of("1 2", "C1 1"), List.of(
                order.path("items").path(0).path("fulfillment_id").asText() + " " + order.path("items").path(0).path("quantity").path("count").asInt(),
                order.path("items").path(1).path("fulfillment_id").asText() + " " + order.path("items").path(1).path("quantity").path("count").asInt()));
        assertEquals("Packed", fulfilment(order, "1").path("state").path("descriptor").path("code").asText());
        JsonNode cancel = fulfilment(order, "C1");
        assertEquals("Cancel", cancel.path("type").asText());
        assertEquals("Cancelled", cancel.path("state").path("descriptor").path("code").asText());
        assertEquals("cancel_request", cancel.path("tags").path(0).path("code").asText());
        assertEquals(List.of("002", "haat.localhost"), cancel.path("tags").path(0).path("list").findValuesAsText("value"));
        assertEquals(List.of("item -110.00", "tax -19.80"), trail(cancel), "1 of 3 x 110.00 and its 18% GST refunded");
        JsonNode quote = order.path("quote");
        assertEquals("259.60", quote.path("price").path("value").asText(), "2 x 110.00 + 39.60 GST + 0.00 delivery");
        assertEquals(2, quote.path("breakup").path(0).path("@ondc/org/item_quantity").path("count").asInt());
        assertEquals("220.00", quote.path("breakup").path(0).path("price").path("value").asText());
        OrderFlowTest.assertQuoteAddsUp(quote);

        List<JsonNode> returned = published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested");
        assertEquals(1, returned.size(), "the cancelled unit is given back once");
        assertEquals(o.item().toString(), returned.get(0).path("items").path(0).path("catalogue_item_id").asText());
        assertEquals(1, returned.get(0).path("items").path(0).path("quantity").asInt());
        List<JsonNode> updated = published("haat.order.events", o.orderId(), "order.updated");
        assertEquals(1, updated.size());
        assertEquals("259.60", updated.get(0).path("total").asText());
        assertEquals(1, count("select count(*) from order_fulfilment where order_id = $1 and type = 'Cancel'", o.orderId()));
        assertEquals(2, count("select quantity from order_line where order_id = $1", o.orderId()));

        // Then the seller rejects the rest: the 2 units left are given back, the Cancel fulfilment is the one there was.
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"002\"}")
                .post("/api/orders/" + o.orderId() + "/reject").then().statusCode(200).body("state", equalTo("Cancelled"))
                .body("total", equalTo("0.00"));
        JsonNode onCancel = result(o.txn(), o.results() + 4);
        assertEquals("on_cancel", onCancel.path("action").asText());
        assertPassesOndcChecks(onCancel, version);
        returned = published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested");
        assertEquals(2, returned.size());
        assertEquals(2, returned.get(1).path("items").path(0).path("quantity").asInt());
        assertEquals(1, count("select count(*) from order_fulfilment where order_id = $1 and type = 'Cancel'", o.orderId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.5"})
    void aPartCancelTheOrderOrTheRequestDoesNotPermitIsRefusedAndChangesNothing(String version) {
        Confirmed o = confirmed(version, 3);
        String item = o.item().toString();
        refused(o, "{\"reason_code\": \"005\", \"items\": [{\"item_id\": \"" + item + "\", \"quantity\": 1}]}", 400, "reason_code");
        refused(o, "{\"reason_code\": \"002\", \"items\": []}", 400, "items");
        refused(o, "{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + item + "\", \"quantity\": 0}]}", 400, "items");
        refused(o, "{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}]}", 400, "items");
        refused(o, "{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + item + "\", \"quantity\": 4}]}", 400, "items");
        // Every unit: that is a reject, not a part-cancel.
        refused(o, "{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + item + "\", \"quantity\": 3}]}", 409, null);
        // Picked up: too late to cancel units in the store.
        moveOn(o, "accept", "pack", "ready-to-ship", "ship");
        refused(o, "{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + item + "\", \"quantity\": 1}]}", 409, null);
        given().header("Authorization", o.token()).contentType("application/json").body("{}")
                .post("/api/orders/" + o.orderId() + "/part-cancel").then().statusCode(400);

        assertEquals(0, published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested").size());
        assertEquals(0, published("haat.order.events", o.orderId(), "order.updated").size());
        assertEquals(0, count("select count(*) from order_fulfilment where order_id = $1 and type = 'Cancel'", o.orderId()));
        assertEquals(3, count("select quantity from order_line where order_id = $1", o.orderId()));
        assertEquals(3, published("haat.order.events", "order." + o.orderId(), "order.stock-ship-requested").get(0)
                .path("items").path(0).path("quantity").asInt());
    }

    private void refused(Confirmed o, String body, int status, String field) {
        var response = given().header("Authorization", o.token()).contentType("application/json").body(body)
                .post("/api/orders/" + o.orderId() + "/part-cancel").then().statusCode(status);
        if (field != null) {
            response.body(containsString(field));
        }
    }
}
