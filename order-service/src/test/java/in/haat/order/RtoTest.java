package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Return to origin through order-service's REST API and real consumers, in retail 1.2.0 and 1.2.5: started once the
 * goods are on the road (the order Cancelled for an RTO reason, the unsolicited /on_cancel with the RTO fulfilment as
 * ONDC's on_cancel_rto example has it), then RTO-Delivered (units back on hand, once) or RTO-Disposed (not), each an
 * unsolicited /on_status; every step refused with 409 from a state that does not permit it.
 */
@QuarkusTest
class RtoTest extends ConfirmedOrderTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void anUndeliverableOrderComesBackAndItsUnitsAreOnHandAgain(String version) {
        Confirmed o = confirmed(version, 2);
        moveOn(o, "accept", "pack", "ready-to-ship", "ship", "out-for-delivery");
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"013\"}")
                .post("/api/orders/" + o.orderId() + "/rto").then().statusCode(200)
                .body("state", equalTo("Cancelled")).body("fulfilment_state", equalTo("Cancelled")).body("total", equalTo("0.00"));

        JsonNode onCancel = result(o.txn(), o.results() + 6);
        assertEquals("on_cancel", onCancel.path("action").asText());
        assertTrue(onCancel.path("request_message_id").isNull(), "unsolicited");
        assertPassesOndcChecks(onCancel, version);
        JsonNode order = onCancel.path("message").path("order");
        assertEquals("Cancelled", order.path("state").asText());
        assertEquals("013", order.path("cancellation").path("reason").path("id").asText());
        assertEquals("haat.localhost", order.path("cancellation").path("cancelled_by").asText());
        assertEquals(List.of("1 0", "1-RTO 2"), List.of(
                order.path("items").path(0).path("fulfillment_id").asText() + " " + order.path("items").path(0).path("quantity").path("count").asInt(),
                order.path("items").path(1).path("fulfillment_id").asText() + " " + order.path("items").path(1).path("quantity").path("count").asInt()));
        JsonNode delivery = fulfilment(order, "1");
        assertEquals("Cancelled", delivery.path("state").path("descriptor").path("code").asText());
        assertEquals(List.of("013", "haat.localhost", "1-RTO"), delivery.path("tags").path(0).path("list").findValuesAsText("value"));
        assertEquals("precancel_state", delivery.path("tags").path(1).path("code").asText());
        assertEquals("Out-for-delivery", delivery.path("tags").path(1).path("list").path(0).path("value").asText());
        JsonNode rto = fulfilment(order, "1-RTO");
        assertEquals("RTO", rto.path("type").asText());
        assertEquals("RTO-Initiated", rto.path("state").path("descriptor").path("code").asText());
        assertEquals(order.path("updated_at").asText(), rto.path("start").path("time").path("timestamp").asText());
        assertEquals(List.of("item -220.00", "tax -39.60"), trail(rto));
        assertEquals("0.00", order.path("quote").path("price").path("value").asText(), "items and tax refunded; delivery was 0.00");
        OrderFlowTest.assertQuoteAddsUp(order.path("quote"));
        // The units are on the road: nothing moves in stock yet.
        assertEquals(0, published("haat.order.events", "order." + o.orderId(), "order.stock-return-requested").size());

        // Delivered back to the store: /on_status with RTO-Delivered, the units on hand again, once.
        given().header("Authorization", o.token()).post("/api/orders/" + o.orderId() + "/rto-delivered").then().statusCode(200)
                .body("state", equalTo("Cancelled")).body("history[7].cause", equalTo("RTO delivered back to the store"));
        JsonNode onStatus = result(o.txn(), o.results() + 7);
        assertEquals("on_status", onStatus.path("action").asText());
        assertPassesOndcChecks(onStatus, version);
        assertEquals("RTO-Delivered", fulfilment(onStatus.path("message").path("order"), "1-RTO").path("state").path("descriptor").path("code").asText());
        assertEquals("Cancelled", onStatus.path("message").path("order").path("state").asText());
        List<JsonNode> restocked = published("haat.order.events", "order." + o.orderId(), "order.stock-restock-requested");
        assertEquals(1, restocked.size());
        assertEquals(2, restocked.get(0).path("items").path(0).path("quantity").asInt());
        assertEquals(1, count("select count(*) from order_fulfilment where order_id = $1 and type = 'RTO' and state = 'RTO-Delivered'", o.orderId()));

        // Over: neither end again.
        for (String action : List.of("rto-delivered", "rto-disposed", "rto")) {
            given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"013\"}")
                    .post("/api/orders/" + o.orderId() + "/" + action).then().statusCode(409);
        }
        assertEquals(1, published("haat.order.events", "order." + o.orderId(), "order.stock-restock-requested").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.5"})
    void aDisposedRtoPutsNothingBackAndRtoIsRefusedBeforePickUp(String version) {
        Confirmed o = confirmed(version, 1);
        moveOn(o, "accept", "pack");
        // Not yet on the road: RTO and its ends are 409; an RTO reason is needed; a cancellation reason that is not one is 400.
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"013\"}")
                .post("/api/orders/" + o.orderId() + "/rto").then().statusCode(409);
        given().header("Authorization", o.token()).post("/api/orders/" + o.orderId() + "/rto-delivered").then().statusCode(409);
        moveOn(o, "ready-to-ship", "ship");
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"002\"}")
                .post("/api/orders/" + o.orderId() + "/rto").then().statusCode(400);
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"015\"}")
                .post("/api/orders/" + o.orderId() + "/rto").then().statusCode(200).body("state", equalTo("Cancelled"));
        assertEquals("on_cancel", result(o.txn(), o.results() + 5).path("action").asText());

        given().header("Authorization", o.token()).post("/api/orders/" + o.orderId() + "/rto-disposed").then().statusCode(200);
        JsonNode onStatus = result(o.txn(), o.results() + 6);
        assertPassesOndcChecks(onStatus, version);
        assertEquals("RTO-Disposed", fulfilment(onStatus.path("message").path("order"), "1-RTO").path("state").path("descriptor").path("code").asText());
        assertEquals(0, published("haat.order.events", "order." + o.orderId(), "order.stock-restock-requested").size());
        given().header("Authorization", o.token()).post("/api/orders/" + o.orderId() + "/rto-delivered").then().statusCode(409);
    }
}
