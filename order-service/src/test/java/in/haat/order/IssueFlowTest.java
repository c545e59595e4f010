package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.service.OndcOrders;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * IGM 1.0.0 through order-service's real consumer and the seller API: an issue acknowledged at once with PROCESSING,
 * its status, the seller's resolution as an unsolicited /on_issue_status, the buyer's close and escalation (to the configured
 * GRO), what is overdue; every callback passing the outgoing check against ONDC's IGM schema.
 */
@QuarkusTest
class IssueFlowTest extends IssueTestBase {

    @Test
    void anIssueIsAcknowledgedWithProcessingThenResolvedWithARefundAndClosed() {
        Confirmed o = confirmed();
        String issueId = "ISSUE-" + UUID.randomUUID();
        ObjectNode issue = issue1(issueId, o, Instant.now());
        String sent = buyer("issue", o.txn(), message(issue), IGM_1, BAP);
        JsonNode onIssue = result(o.txn(), 3);
        assertEquals("on_issue", onIssue.path("action").asText());
        assertEquals(sent, onIssue.path("request_message_id").asText());
        assertTrue(onIssue.path("error").isNull() || onIssue.path("error").isMissingNode(), onIssue.toString());
        assertPassesIgmChecks(onIssue, IGM_1);
        JsonNode answered = onIssue.path("message").path("issue");
        assertEquals(issueId, answered.path("id").asText());
        assertEquals(issue.path("created_at").asText(), answered.path("created_at").asText());
        assertEquals("PROCESSING", answered.at("/issue_actions/respondent_actions/0/respondent_action").asText());
        assertEquals("haat.localhost::ONDC:RET10", answered.at("/issue_actions/respondent_actions/0/updated_by/org/name").asText());
        assertEquals("PT2H", answered.at("/expected_response_time/duration").asText());

        buyer("issue_status", o.txn(), JSON.createObjectNode().put("issue_id", issueId), IGM_1, BAP);
        JsonNode status = result(o.txn(), 4);
        assertEquals("on_issue_status", status.path("action").asText());
        assertPassesIgmChecks(status, IGM_1);
        assertEquals("TRANSACTION-COUNTERPARTY-NP", status.at("/message/issue/resolution_provider/respondent_info/type").asText());
        assertEquals("Haat grievance officer",
                status.at("/message/issue/resolution_provider/respondent_info/resolution_support/gros/0/person/name").asText());

        String token = o.shop().token("orders:read", "orders:write");
        given().header("Authorization", token).get("/api/issues?order_id=" + o.orderId()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(issueId)).body("items[0].state", equalTo("PROCESSING"))
                .body("items[0].category", equalTo("ITEM")).body("items[0].sub_category", equalTo("ITM02"))
                .body("items[0].item_ids[0]", equalTo(o.itemId())).body("items[0].overdue", equalTo(false));
        given().header("Authorization", token).contentType("application/json")
                .body("{\"action\": \"RESOLVED\", \"short_desc\": \"Refunded\", \"resolution\": {\"action\": \"REFUND\", \"refund_amount\": \"50\"}}")
                .post("/api/issues/" + issueId + "/respond").then().statusCode(200)
                .body("state", equalTo("RESOLVED")).body("resolution.refund_amount", equalTo("50.00"))
                .body("history", hasSize(3)).body("history[2].action", equalTo("RESOLVED"));
        JsonNode resolved = result(o.txn(), 5);
        assertEquals("on_issue_status", resolved.path("action").asText(), "IGM 1.0.0's respondent update");
        assertTrue(resolved.path("request_message_id").isNull(), "unsolicited");
        assertPassesIgmChecks(resolved, IGM_1);
        assertEquals("RESOLVED", resolved.at("/message/issue/issue_actions/respondent_actions/1/respondent_action").asText());
        assertEquals("REFUND", resolved.at("/message/issue/resolution/action_triggered").asText());
        assertEquals("50.00", resolved.at("/message/issue/resolution/refund_amount").asText());

        // The buyer closes it: ONDC's issue_closed (status CLOSED, complainant action CLOSE, a rating).
        complainantAction(issue, "CLOSE", "Complaint closed", OndcOrders.timestamp(Instant.now()));
        issue.put("status", "CLOSED").put("rating", "THUMBS-UP");
        buyer("issue", o.txn(), message(issue), IGM_1, BAP);
        assertPassesIgmChecks(result(o.txn(), 6), IGM_1);
        given().header("Authorization", token).get("/api/issues/" + issueId).then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("history", hasSize(4)).body("history[3].action", equalTo("CLOSE"))
                .body("history[3].by_buyer", equalTo(true)).body("respond_by", equalTo(null)).body("resolve_by", equalTo(null));
        given().header("Authorization", token).contentType("application/json").body("{\"action\": \"PROCESSING\"}")
                .post("/api/issues/" + issueId + "/respond").then().statusCode(409);
        List<String> moves = published("haat.order.events", o.orderId(), "order.issue-changed").stream().map(e -> e.path("action").asText()).toList();
        assertEquals(List.of("OPEN", "PROCESSING", "RESOLVED", "CLOSE"), moves);
    }

    @Test
    void anEscalatedIssueGoesToTheGrievanceOfficerAndAGrievanceToTheOdr() {
        Confirmed o = confirmed();
        String issueId = "ISSUE-" + UUID.randomUUID();
        ObjectNode issue = issue1(issueId, o, Instant.now());
        buyer("issue", o.txn(), message(issue), IGM_1, BAP);
        result(o.txn(), 3);
        String token = o.shop().token("orders:read", "orders:write");
        given().header("Authorization", token).contentType("application/json")
                .body("{\"action\": \"NEED-MORE-INFO\", \"short_desc\": \"Please send a photo of the seal\"}")
                .post("/api/issues/" + issueId + "/respond").then().statusCode(200).body("state", equalTo("NEED-MORE-INFO"));
        assertPassesIgmChecks(result(o.txn(), 4), IGM_1);

        complainantAction(issue, "ESCALATE", "Not satisfied", OndcOrders.timestamp(Instant.now()));
        buyer("issue", o.txn(), message(issue), IGM_1, BAP);
        JsonNode escalated = result(o.txn(), 5);
        assertPassesIgmChecks(escalated, IGM_1);
        JsonNode actions = escalated.at("/message/issue/issue_actions/respondent_actions");
        assertEquals("PROCESSING", actions.path(actions.size() - 1).path("respondent_action").asText());
        assertTrue(actions.path(actions.size() - 1).path("short_desc").asText().contains("Haat grievance officer"), actions.toString());
        assertEquals("Haat grievance officer",
                escalated.at("/message/issue/resolution_provider/respondent_info/resolution_support/gros/0/person/name").asText());
        given().header("Authorization", token).get("/api/issues/" + issueId).then().statusCode(200)
                .body("state", equalTo("PROCESSING")).body("issue_type", equalTo("GRIEVANCE")).body("gro.name", equalTo("Haat grievance officer"))
                .body("history.action", equalTo(List.of("OPEN", "PROCESSING", "NEED-MORE-INFO", "ESCALATE", "PROCESSING")));

        // The same /issue again changes nothing; escalating the grievance again makes it a dispute, with the ODR provider we name.
        buyer("issue", o.txn(), message(issue), IGM_1, BAP);
        assertTrue(result(o.txn(), 6).path("error").isNull());
        complainantAction(issue, "OPEN", "more", OndcOrders.timestamp(Instant.now()));
        complainantAction(issue, "ESCALATE", "To ODR", OndcOrders.timestamp(Instant.now()));
        issue.put("issue_type", "DISPUTE");
        buyer("issue", o.txn(), message(issue), IGM_1, BAP);
        JsonNode dispute = result(o.txn(), 7);
        assertTrue(dispute.path("error").isNull() || dispute.path("error").isMissingNode(), dispute.toString());
        assertPassesIgmChecks(dispute, IGM_1);
        assertEquals("Haat ODR", dispute.at("/message/issue/finalized_odr/name").asText());
        assertEquals("https://odr.haat.localhost", dispute.at("/message/issue/selected_odrs_info/0/odrs/0/url").asText());
        JsonNode last = dispute.at("/message/issue/issue_actions/respondent_actions");
        assertTrue(last.path(last.size() - 1).path("short_desc").asText().contains("Haat ODR"), last.toString());
        given().header("Authorization", token).get("/api/issues/" + issueId).then().statusCode(200)
                .body("issue_type", equalTo("DISPUTE")).body("odr.name", equalTo("Haat ODR")).body("gro.name", equalTo("Haat grievance officer"))
                .body("history.action", equalTo(List.of("OPEN", "PROCESSING", "NEED-MORE-INFO", "ESCALATE", "PROCESSING", "ESCALATE", "PROCESSING")));
        buyer("issue_status", o.txn(), JSON.createObjectNode().put("issue_id", issueId), IGM_1, BAP);
        JsonNode status = result(o.txn(), 8);
        assertPassesIgmChecks(status, IGM_1);
        assertEquals("Haat ODR", status.at("/message/issue/finalized_odr/name").asText());
        // A dispute is with the ODR provider: it goes no further (30000), nothing recorded.
        complainantAction(issue, "ESCALATE", "Further", OndcOrders.timestamp(Instant.now()));
        buyer("issue", o.txn(), message(issue), IGM_1, BAP);
        assertEquals("30000", result(o.txn(), 9).path("error").path("code").asText());
        assertEquals(7, count("select count(*) from order_issue_action where issue_id = $1", issueId));
        assertEquals(List.of("ISSUE", "GRIEVANCE", "GRIEVANCE", "DISPUTE", "DISPUTE"),
                published("haat.order.events", o.orderId(), "order.issue-changed").stream().map(e -> e.path("issue_type").asText()).toList()
                        .subList(2, 7));
    }

    @Test
    void anIssuePastItsResolutionTimeIsOverdueUntilResolved() {
        Confirmed o = confirmed();
        String late = "ISSUE-" + UUID.randomUUID();
        buyer("issue", o.txn(), message(issue1(late, o, Instant.now().minus(Duration.ofDays(2)))), IGM_1, BAP);
        result(o.txn(), 3);
        String fresh = "ISSUE-" + UUID.randomUUID();
        buyer("issue", o.txn(), message(issue1(fresh, o, Instant.now())), IGM_1, BAP);
        result(o.txn(), 4);
        String token = o.shop().token("orders:read", "orders:write");
        String list = "/api/issues?order_id=" + o.orderId();
        given().header("Authorization", token).get(list + "&overdue=true").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(late)).body("items[0].overdue", equalTo(true));
        given().header("Authorization", token).get(list + "&overdue=false").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(fresh));
        given().header("Authorization", token).get(list + "&limit=1").then().statusCode(200).body("items", hasSize(1));
        given().header("Authorization", token).contentType("application/json")
                .body("{\"action\": \"RESOLVED\", \"resolution\": {\"action\": \"REPLACEMENT\", \"short_desc\": \"A new pack is on its way\"}}")
                .post("/api/issues/" + late + "/respond").then().statusCode(200).body("overdue", equalTo(false));
        given().header("Authorization", token).get(list + "&overdue=true").then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", token).get(list + "&state=RESOLVED").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(late));
    }

    @Test
    void whatCannotBeTakenIsRefusedWithOndcsCodeAndChangesNothing() {
        Confirmed o = confirmed();
        int n = 2;
        ObjectNode unknownOrder = issue1("ISSUE-" + UUID.randomUUID(), o, Instant.now());
        unknownOrder.with("order_details").put("id", "O-none");
        buyer("issue", o.txn(), message(unknownOrder), IGM_1, BAP);
        assertRefused(o, ++n, "30018");
        ObjectNode unknownItem = issue1("ISSUE-" + UUID.randomUUID(), o, Instant.now());
        unknownItem.with("order_details").withArray("items").addObject().put("id", "no-such-item").put("quantity", 1);
        buyer("issue", o.txn(), message(unknownItem), IGM_1, BAP);
        assertRefused(o, ++n, "30004");
        ObjectNode noCategory = issue1("ISSUE-" + UUID.randomUUID(), o, Instant.now());
        noCategory.remove("sub_category");
        buyer("issue", o.txn(), message(noCategory), IGM_1, BAP);
        assertRefused(o, ++n, "30000");
        // Another buyer app's order; and the status of an issue that does not exist.
        buyer("issue", o.txn(), message(issue1("ISSUE-" + UUID.randomUUID(), o, Instant.now())), IGM_1, "other-buyer.example");
        assertRefused(o, ++n, "30018");
        buyer("issue_status", o.txn(), JSON.createObjectNode().put("issue_id", "ISSUE-none"), IGM_1, BAP);
        assertRefused(o, ++n, "30000");
        assertEquals(0, count("select count(*) from order_issue where order_id = $1", o.orderId()));

        String issueId = "ISSUE-" + UUID.randomUUID();
        buyer("issue", o.txn(), message(issue1(issueId, o, Instant.now())), IGM_1, BAP);
        result(o.txn(), ++n);
        String path = "/api/issues/" + issueId;
        String stranger = newShop().token("orders:read", "orders:write");
        given().header("Authorization", stranger).get(path).then().statusCode(404);
        given().header("Authorization", stranger).contentType("application/json").body("{\"action\": \"PROCESSING\"}")
                .post(path + "/respond").then().statusCode(404);
        given().header("Authorization", stranger).get("/api/issues?order_id=" + o.orderId()).then().statusCode(200).body("items", hasSize(0));
        String token = o.shop().token("orders:read", "orders:write");
        for (String bad : List.of("{\"action\": \"CASCADED\"}", "{}", "{\"action\": \"RESOLVED\"}",
                "{\"action\": \"RESOLVED\", \"resolution\": {\"action\": \"GIFT\"}}",
                "{\"action\": \"RESOLVED\", \"resolution\": {\"action\": \"REFUND\", \"refund_amount\": \"100000\"}}",
                "{\"action\": \"RESOLVED\", \"resolution\": {\"action\": \"REFUND\", \"refund_amount\": \"ten\"}}",
                "{\"action\": \"PROCESSING\", \"resolution\": {\"action\": \"REFUND\"}}")) {
            given().header("Authorization", token).contentType("application/json").body(bad).post(path + "/respond").then().statusCode(400);
        }
        given().header("Authorization", token).contentType("application/json").body("[1]").post(path + "/respond").then().statusCode(400);
        given().header("Authorization", token).get("/api/issues?state=OPENED").then().statusCode(400);
        given().header("Authorization", token).get("/api/issues?overdue=maybe").then().statusCode(400);
        given().header("Authorization", token).get("/api/issues?cursor=bm90LWEtY3Vyc29y").then().statusCode(400);
        given().header("Authorization", token).get(path).then().statusCode(200).body("state", equalTo("PROCESSING")).body("history", hasSize(2));
        assertFalse(published("haat.order.events", o.orderId(), "order.issue-changed").isEmpty());
    }

    private void assertRefused(Confirmed o, int n, String code) {
        JsonNode result = result(o.txn(), n);
        assertEquals(code, result.path("error").path("code").asText(), result.toString());
        assertPassesIgmChecks(result, IGM_1);
    }
}
