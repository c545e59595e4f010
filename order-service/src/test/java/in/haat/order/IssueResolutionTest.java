package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A RESOLVED issue's resolution acting on its order through the seller API, in one transaction with the issue's move:
 * a REFUND recorded as the order's refunded money ({@code order.refunded}), never past its total; a RETURN opening
 * the return of a delivered order's units (Return_Approved, the lifecycle's return from then on); a CANCEL the seller's
 * cancellation (/on_cancel). An order that cannot take the resolution is a 409 (a bad resolution a 400) and neither the
 * issue nor the order changes.
 */
@QuarkusTest
class IssueResolutionTest extends ConfirmedOrderTestBase {

    private static final String[] TO_DELIVERY = {"accept", "pack", "ready-to-ship", "ship", "out-for-delivery", "deliver"};

    @Test
    void aRefundIsRecordedOnTheOrdersMoneyUpToItsTotal() {
        Confirmed o = confirmed("1.2.0", 2);
        String first = raise(o, 2);
        resolve(o, first, "{\"action\": \"REFUND\", \"refund_amount\": \"100\"}").statusCode(200)
                .body("state", equalTo("RESOLVED")).body("resolution.refund_amount", equalTo("100.00"));
        JsonNode update = result(o.txn(), 4);
        assertEquals("100.00", update.at("/message/issue/resolution/refund_amount").asText());
        IssueTestBase.assertPassesIgmChecks(update, IssueTestBase.IGM_1);
        order(o).body("total", equalTo("259.60")).body("refunded", equalTo("100.00"))
                .body("history.cause", hasItem("refund of 100.00 resolving issue " + first + " (refunded 100.00)"));
        JsonNode refunded = published("haat.order.events", o.orderId(), "order.refunded").get(0);
        assertEquals(List.of(first, "100.00", "100.00", "259.60"), List.of(refunded.path("issue_id").asText(), refunded.path("amount").asText(),
                refunded.path("refunded").asText(), refunded.path("total").asText()));

        // A second issue: no more than what is left (159.60) may be refunded; a refused refund changes nothing.
        String second = raise(o, result(o.txn(), 2).path("message").path("order"), 5);
        resolve(o, second, "{\"action\": \"REFUND\", \"refund_amount\": \"159.61\"}").statusCode(400)
                .body(containsString("159.60"));
        issue(o, second).body("state", equalTo("PROCESSING")).body("resolution", nullValue());
        order(o).body("refunded", equalTo("100.00"));
        resolve(o, second, "{\"action\": \"REFUND\", \"refund_amount\": \"159.60\"}").statusCode(200);
        order(o).body("refunded", equalTo("259.60"));
        assertEquals(2, published("haat.order.events", o.orderId(), "order.refunded").size());
    }

    @Test
    void aReturnResolutionOpensTheReturnOfADeliveredOrder() {
        Confirmed o = confirmed("1.2.0", 3, true);
        String early = raise(o, 2);
        // Not delivered yet: nothing to return.
        resolve(o, early, "{\"action\": \"RETURN\", \"reason_code\": \"003\"}").statusCode(409);
        issue(o, early).body("state", equalTo("PROCESSING"));
        moveOn(o, TO_DELIVERY);
        int n = 3 + TO_DELIVERY.length;
        String issueId = raise(o, n);
        n++;
        resolve(o, issueId, "{\"action\": \"RETURN\"}").statusCode(400);
        resolve(o, issueId, "{\"action\": \"RETURN\", \"reason_code\": \"003\", \"items\": [{\"item_id\": \"" + o.item() + "\", \"quantity\": 4}]}")
                .statusCode(409);
        issue(o, issueId).body("state", equalTo("PROCESSING"));
        resolve(o, issueId, "{\"action\": \"RETURN\", \"reason_code\": \"003\", \"items\": [{\"item_id\": \"" + o.item() + "\", \"quantity\": 1}]}")
                .statusCode(200).body("state", equalTo("RESOLVED")).body("resolution.action_triggered", equalTo("RETURN"));
        JsonNode onUpdate = result(o.txn(), ++n);
        assertEquals("on_update", onUpdate.path("action").asText());
        assertTrue(onUpdate.path("request_message_id").isNull(), "unsolicited");
        assertPassesOndcChecks(onUpdate, "1.2.0");
        JsonNode r1 = fulfilment(onUpdate.path("message").path("order"), "R1");
        assertEquals("Return_Approved", r1.path("state").path("descriptor").path("code").asText());
        assertEquals(List.of("R1", o.item().toString(), "1", "003", "issue " + issueId, "https://buyer.test.haat/i.png", BAP),
                r1.path("tags").path(0).path("list").findValuesAsText("value"));
        assertEquals("on_issue_status", result(o.txn(), ++n).path("action").asText());
        assertEquals(1, published("haat.order.events", o.orderId(), "order.return-requested").size());
        // From here it is the lifecycle's return: picked up, the unit refunded in the quote.
        given().header("Authorization", o.token()).contentType("application/json").body("{}")
                .post("/api/orders/" + o.orderId() + "/returns/R1/picked").then().statusCode(200).body("total", equalTo("259.60"));
    }

    @Test
    void aCancelResolutionIsTheSellersCancellationBeforePickUpOnly() {
        Confirmed o = confirmed("1.2.0", 2);
        String issueId = raise(o, 2);
        resolve(o, issueId, "{\"action\": \"CANCEL\", \"reason_code\": \"001\"}").statusCode(400);
        resolve(o, issueId, "{\"action\": \"CANCEL\", \"reason_code\": \"005\"}").statusCode(200)
                .body("state", equalTo("RESOLVED")).body("resolution.action_triggered", equalTo("CANCEL"));
        JsonNode onCancel = result(o.txn(), 4);
        assertEquals("on_cancel", onCancel.path("action").asText());
        assertTrue(onCancel.path("request_message_id").isNull(), "unsolicited");
        assertPassesOndcChecks(onCancel, "1.2.0");
        assertEquals("Cancelled", onCancel.at("/message/order/state").asText());
        assertEquals("on_issue_status", result(o.txn(), 5).path("action").asText());
        order(o).body("state", equalTo("Cancelled"));

        Confirmed delivered = confirmed("1.2.0", 1);
        moveOn(delivered, TO_DELIVERY);
        String late = raise(delivered, 2 + TO_DELIVERY.length);
        resolve(delivered, late, "{\"action\": \"CANCEL\", \"reason_code\": \"005\"}").statusCode(409)
                .body("error.message", containsString("before pick-up"));
        issue(delivered, late).body("state", equalTo("PROCESSING")).body("history", hasSize(2));
        order(delivered).body("state", equalTo("Completed"));
    }

    /** An IGM 1.0.0 issue about the order as its {@code results}-th result (an order callback) left it; answered PROCESSING. */
    private String raise(Confirmed o, int results) {
        return raise(o, result(o.txn(), results).path("message").path("order"), results + 1);
    }

    /** The same about {@code order}, the on_issue its transaction's {@code n}-th result. */
    private String raise(Confirmed o, JsonNode order, int n) {
        String issueId = UUID.randomUUID().toString();
        IssueTestBase.Confirmed about = new IssueTestBase.Confirmed(o.shop(), o.txn(), o.orderId(), order);
        buyer("issue", o.txn(), IssueTestBase.message(IssueTestBase.issue1(issueId, about, Instant.now())), IssueTestBase.IGM_1, BAP);
        JsonNode onIssue = result(o.txn(), n);
        assertEquals("on_issue", onIssue.path("action").asText());
        assertEquals("PROCESSING", onIssue.at("/message/issue/issue_actions/respondent_actions/0/respondent_action").asText(), onIssue.toString());
        return issueId;
    }

    private ValidatableResponse resolve(Confirmed o, String issueId, String resolution) {
        return given().header("Authorization", o.token()).contentType("application/json")
                .body("{\"action\": \"RESOLVED\", \"resolution\": " + resolution + "}").post("/api/issues/" + issueId + "/respond").then();
    }

    private ValidatableResponse issue(Confirmed o, String issueId) {
        return given().header("Authorization", o.token()).get("/api/issues/" + issueId).then().statusCode(200);
    }

    private ValidatableResponse order(Confirmed o) {
        return given().header("Authorization", o.token()).get("/api/orders/" + o.orderId()).then().statusCode(200);
    }
}
