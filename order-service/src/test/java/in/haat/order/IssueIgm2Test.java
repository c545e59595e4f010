package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.service.OndcOrders;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * IGM 2.0.0 (ONDC's FLow1 example: refs, actors, descriptor ITM004, actions): the issue acknowledged with PROCESSING
 * among its actions and ourselves among its actors, the seller's request for information, the buyer's information,
 * the resolution and the close; every /on_issue passing the outgoing check against IGM 2.0.0's schema.
 */
@QuarkusTest
class IssueIgm2Test extends IssueTestBase {

    @Test
    void anIssueIsWorkedThroughInfoToResolutionAndClosed() {
        Confirmed o = confirmed();
        String issueId = "ISSUE-" + UUID.randomUUID();
        ObjectNode issue = issue2(issueId, o);
        buyer("issue", o.txn(), message(issue), IGM_2, BAP);
        JsonNode onIssue = result(o.txn(), 3);
        assertEquals("on_issue", onIssue.path("action").asText());
        assertTrue(onIssue.path("error").isNull() || onIssue.path("error").isMissingNode(), onIssue.toString());
        assertPassesIgmChecks(onIssue, IGM_2);
        JsonNode answered = onIssue.path("message").path("issue");
        assertEquals("PROCESSING", answered.path("status").asText());
        assertEquals("ISSUE", answered.path("level").asText());
        assertEquals(List.of("OPEN", "PROCESSING"), codes(answered));
        assertEquals("A1", answered.path("actions").path(0).path("id").asText());
        assertEquals("haat.localhost", answered.path("actions").path(1).path("action_by").asText());
        assertEquals(answered.path("actions").path(1).path("id").asText(), answered.path("last_action_id").asText());
        assertEquals("haat.localhost", answered.path("respondent_ids").path(0).asText());
        assertEquals("COUNTERPARTY_NP", answered.path("actors").path(2).path("type").asText());
        assertEquals("issue.actions", onIssue.at("/message/update_target/0/path").asText());

        String token = o.shop().token("orders:read", "orders:write");
        given().header("Authorization", token).get("/api/issues/" + issueId).then().statusCode(200)
                .body("igm_version", equalTo("2.0.0")).body("category", equalTo("ITEM")).body("sub_category", equalTo("ITM004"))
                .body("item_ids[0]", equalTo(o.itemId())).body("fulfilment_ids[0]", equalTo(o.fulfilmentId()));
        given().header("Authorization", token).contentType("application/json")
                .body("{\"action\": \"NEED-MORE-INFO\", \"short_desc\": \"Please provide product image\"}")
                .post("/api/issues/" + issueId + "/respond").then().statusCode(200);
        JsonNode asked = result(o.txn(), 4);
        assertPassesIgmChecks(asked, IGM_2);
        assertEquals(List.of("OPEN", "PROCESSING", "INFO_REQUESTED"), codes(asked.path("message").path("issue")));

        // The buyer answers (INFO_PROVIDED): a response is due from us again.
        action(issue, "A4", "INFO_PROVIDED", "Responded with images");
        buyer("issue", o.txn(), message(issue), IGM_2, BAP);
        assertPassesIgmChecks(result(o.txn(), 5), IGM_2);
        given().header("Authorization", token).get("/api/issues/" + issueId).then().statusCode(200)
                .body("state", equalTo("PROCESSING")).body("respond_by", notNullValue()).body("overdue", equalTo(false));

        given().header("Authorization", token).contentType("application/json")
                .body("{\"action\": \"RESOLVED\", \"resolution\": {\"action\": \"REFUND\", \"refund_amount\": \"100\", \"short_desc\": \"Refund of one pack\"}}")
                .post("/api/issues/" + issueId + "/respond").then().statusCode(200).body("respond_by", nullValue());
        JsonNode resolved = result(o.txn(), 6);
        assertPassesIgmChecks(resolved, IGM_2);
        assertEquals("RESOLVED", resolved.at("/message/issue/status").asText());
        assertEquals("REFUND", resolved.at("/message/issue/resolutions/0/descriptor/code").asText());
        assertEquals(List.of("OPEN", "PROCESSING", "INFO_REQUESTED", "INFO_PROVIDED", "RESOLVED"), codes(resolved.path("message").path("issue")));

        action(issue, "A6", "CLOSED", "Complaint closed");
        issue.put("status", "CLOSED");
        buyer("issue", o.txn(), message(issue), IGM_2, BAP);
        JsonNode closed = result(o.txn(), 7);
        assertPassesIgmChecks(closed, IGM_2);
        assertEquals("CLOSED", closed.at("/message/issue/status").asText());
        given().header("Authorization", token).get("/api/issues/" + issueId).then().statusCode(200).body("state", equalTo("CLOSED"));

        buyer("issue_status", o.txn(), JSON.createObjectNode().put("issue_id", issueId), IGM_2, BAP);
        JsonNode status = result(o.txn(), 8);
        assertEquals("on_issue_status", status.path("action").asText());
        assertPassesIgmChecks(status, IGM_2);
        assertEquals("CLOSED", status.at("/message/issue/status").asText());
    }

    private static List<String> codes(JsonNode issue) {
        List<String> codes = new ArrayList<>();
        issue.path("actions").forEach(a -> codes.add(a.path("descriptor").path("code").asText()));
        return codes;
    }

    /** ONDC's IGM 2.0.0 FLow1 issue1 about this order. */
    private static ObjectNode issue2(String issueId, Confirmed o) {
        String at = OndcOrders.timestamp(Instant.now());
        ObjectNode issue = JSON.createObjectNode().put("id", issueId).put("status", "OPEN").put("level", "ISSUE")
                .put("created_at", at).put("updated_at", at);
        issue.putObject("expected_response_time").put("duration", "PT2H");
        issue.putObject("expected_resolution_time").put("duration", "P1D");
        ArrayNode refs = issue.putArray("refs");
        refs.addObject().put("ref_id", o.orderId()).put("ref_type", "ORDER");
        refs.addObject().put("ref_id", o.order().path("provider").path("id").asText()).put("ref_type", "PROVIDER");
        refs.addObject().put("ref_id", o.fulfilmentId()).put("ref_type", "FULFILLMENT");
        refs.addObject().put("ref_id", o.itemId()).put("ref_type", "ITEM");
        ArrayNode actors = issue.putArray("actors");
        ObjectNode consumer = actors.addObject().put("id", "CUST1").put("type", "CONSUMER");
        ObjectNode info = consumer.putObject("info");
        info.putObject("org").put("name", BAP + "::ONDC:RET10");
        info.putObject("person").put("name", "Sam Manuel");
        info.putObject("contact").put("phone", "9879879870").put("email", "sam@example.in");
        ObjectNode np = actors.addObject().put("id", "NP1").put("type", "INTERFACING_NP");
        np.putObject("info").putObject("org").put("name", BAP + "::ONDC:RET10");
        issue.put("source_id", "CUST1").put("complainant_id", "NP1");
        ObjectNode descriptor = issue.putObject("descriptor").put("code", "ITM004").put("short_desc", "Issue with product quality")
                .put("long_desc", "Product quality is not correct");
        descriptor.putArray("images").addObject().put("url", "https://buyer.test.haat/img1.png").put("size_type", "xs");
        action(issue, "A1", "OPEN", "Complaint created");
        return issue;
    }

    private static void action(ObjectNode issue, String id, String code, String said) {
        String at = OndcOrders.timestamp(Instant.now());
        ObjectNode action = issue.withArray("actions").addObject().put("id", id);
        action.putObject("descriptor").put("code", code).put("short_desc", said);
        action.put("updated_at", at).put("action_by", "NP1");
        action.putObject("actor_details").put("name", "Sam Manuel");
        issue.put("last_action_id", id).put("updated_at", at);
    }
}
