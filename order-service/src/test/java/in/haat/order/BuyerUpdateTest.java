package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The buyer app's /update through order-service's real consumer, in retail 1.2.0 and 1.2.5: the refund's settlement
 * details after a part-cancel kept on the order and answered with /on_update; every other /update answered with
 * /on_update and ONDC's error (40001 for a kind not supported, 30018, 50002, 30000), changing nothing.
 */
@QuarkusTest
class BuyerUpdateTest extends ConfirmedOrderTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void theRefundsSettlementDetailsAfterAPartCancelAreKeptAndAnswered(String version) {
        Confirmed o = confirmed(version, 3);
        given().header("Authorization", o.token()).contentType("application/json")
                .body("{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + o.item() + "\", \"quantity\": 1}]}")
                .post("/api/orders/" + o.orderId() + "/part-cancel").then().statusCode(200);
        assertEquals("on_update", result(o.txn(), o.results() + 1).path("action").asText());

        String messageId = buyer("update", o.txn(), settlement(o.orderId(), "upi", "129.80"), version, BAP);
        JsonNode onUpdate = result(o.txn(), o.results() + 2);
        assertEquals("on_update", onUpdate.path("action").asText());
        assertEquals(messageId, onUpdate.path("request_message_id").asText());
        assertTrue(onUpdate.path("error").isNull() || onUpdate.path("error").isMissingNode(), onUpdate.toString());
        assertPassesOndcChecks(onUpdate, version);
        JsonNode details = onUpdate.path("message").path("order").path("payment").path("@ondc/org/settlement_details");
        JsonNode refund = details.path(details.size() - 1);
        assertEquals("refund", refund.path("settlement_phase").asText());
        assertEquals("upi", refund.path("settlement_type").asText());
        assertEquals("129.80", refund.path("settlement_amount").asText());
        assertEquals("C1", fulfilment(onUpdate.path("message").path("order"), "C1").path("id").asText(), "the part-cancel is kept");
        assertEquals(2, published("haat.order.events", o.orderId(), "order.updated").size());
        given().header("Authorization", o.token()).get("/api/orders/" + o.orderId()).then().statusCode(200)
                .body("history[2].cause", startsWith("refund settlement details from the buyer app " + BAP + ": upi 129.80"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void everyOtherUpdateIsAnsweredWithAnErrorAndChangesNothing(String version) {
        Confirmed o = confirmed(version, 2);
        int n = o.results();
        // Nothing was cancelled: there is no refund to settle.
        buyer("update", o.txn(), settlement(o.orderId(), "upi", "110.00"), version, BAP);
        assertRefused(o, ++n, "50002");
        // A return request for an order not delivered yet: the return policy does not permit it.
        ObjectNode returnRequest = JSON.createObjectNode().put("update_target", "item");
        ObjectNode order = returnRequest.putObject("order").put("id", o.orderId()).put("state", "Completed");
        order.putObject("provider").put("id", o.shop().storefrontId().toString());
        order.putArray("items").addObject().put("id", o.item().toString()).put("fulfillment_id", "R1").putObject("quantity").put("count", 1);
        buyer("update", o.txn(), returnRequest, version, BAP);
        assertRefused(o, ++n, "50002");
        // A change of the delivery (update_target fulfillment): not supported, still answered.
        ObjectNode fulfilmentChange = JSON.createObjectNode().put("update_target", "fulfillment");
        fulfilmentChange.putObject("order").put("id", o.orderId()).putArray("fulfillments").addObject().put("id", "1");
        buyer("update", o.txn(), fulfilmentChange, version, BAP);
        assertRefused(o, ++n, "40001");
        // Another buyer app's order; no such order.
        buyer("update", o.txn(), settlement(o.orderId(), "upi", "1.00"), version, "other-buyer.example");
        assertRefused(o, ++n, "30018");
        buyer("update", o.txn(), settlement("O-none-" + UUID.randomUUID(), "upi", "1.00"), version, BAP);
        assertRefused(o, ++n, "30018");
        // A refund mode that is none, after a cancellation.
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"002\"}")
                .post("/api/orders/" + o.orderId() + "/reject").then().statusCode(200);
        n++;
        buyer("update", o.txn(), settlement(o.orderId(), "cash-in-envelope", "259.60"), version, BAP);
        assertRefused(o, ++n, "30000");

        assertEquals(0, published("haat.order.events", o.orderId(), "order.updated").size());
    }

    private void assertRefused(Confirmed o, int n, String code) {
        JsonNode result = result(o.txn(), n);
        assertEquals("on_update", result.path("action").asText());
        assertEquals(code, result.path("error").path("code").asText(), result.toString());
        assertPassesOndcChecks(result, o.version());
    }

    /** ONDC's update_settlement example: the refund's settlement details for the Cancel fulfilment. */
    private static ObjectNode settlement(String orderId, String mode, String amount) {
        ObjectNode message = JSON.createObjectNode().put("update_target", "payment");
        ObjectNode order = message.putObject("order").put("id", orderId);
        order.putArray("fulfillments").addObject().put("id", "C1").put("type", "Cancel");
        order.putObject("payment").putArray("@ondc/org/settlement_details").addObject()
                .put("settlement_counterparty", "buyer").put("settlement_phase", "refund").put("settlement_type", mode)
                .put("settlement_amount", amount).put("settlement_timestamp", Instant.now().toString());
        return message;
    }
}
