package in.haat.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.SchemaCheck;
import in.haat.ondc.validation.ValidationResult;
import in.haat.order.service.OndcOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the IGM tests share: a confirmed order to complain about, ONDC's example /issue for it, and the outgoing check. */
abstract class IssueTestBase extends OrderApiTestBase {

    static final String IGM_1 = "1.0.0";
    /** IGM 2.0.0 as ONDC's own examples send it: the retail core_version, the 2.0.0 issue shape. */
    static final String IGM_2 = "1.2.0";
    static final String BAP = "buyer.test.haat";
    private static final BecknValidator OUTGOING = new BecknValidator(new SchemaCheck(), "haat.localhost", "http://localhost:8080",
            Duration.ofSeconds(30), Duration.ofSeconds(30));

    /** A confirmed order: its shop, transaction, and the ONDC order /on_confirm sent. */
    record Confirmed(Shop shop, String txn, String orderId, JsonNode order) {
        String itemId() {
            return order.path("items").path(0).path("id").asText();
        }

        String fulfilmentId() {
            return order.path("fulfillments").path(0).path("id").asText();
        }
    }

    Confirmed confirmed() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Atta 5kg", "110", 50);
        String orderId = newOrder(shop, item);
        String txn = orderId.substring(2);
        return new Confirmed(shop, txn, orderId, result(txn, 2).path("message").path("order"));
    }

    /** ONDC's IGM 1.0.0 example /issue (ITEM / ITM02) about this order's item and fulfilment, raised at {@code createdAt}. */
    static ObjectNode issue1(String issueId, Confirmed o, Instant createdAt) {
        String at = OndcOrders.timestamp(createdAt);
        ObjectNode issue = JSON.createObjectNode().put("id", issueId);
        ObjectNode complainant = issue.putObject("complainant_info");
        complainant.putObject("person").put("name", "Jatin Khurana");
        complainant.putObject("contact").put("phone", "9891691269").put("email", "jatin@example.in");
        ObjectNode details = issue.putObject("order_details").put("id", o.orderId()).put("state", "Completed");
        details.putArray("items").addObject().put("id", o.itemId()).put("quantity", 1);
        details.putArray("fulfillments").addObject().put("id", o.fulfilmentId()).put("state", "Order-delivered");
        details.put("provider_id", o.order().path("provider").path("id").asText());
        ObjectNode description = issue.putObject("description").put("short_desc", "Item quality").put("long_desc", "Item quality is not good");
        description.putObject("additional_desc").put("url", "");
        description.putArray("images").add("https://buyer.test.haat/i.png");
        issue.put("category", "ITEM").put("sub_category", "ITM02").put("issue_type", "ISSUE");
        issue.putObject("source").put("network_participant_id", BAP).put("type", "CONSUMER");
        issue.putObject("expected_response_time").put("duration", "PT2H");
        issue.putObject("expected_resolution_time").put("duration", "P1D");
        issue.put("status", "OPEN");
        complainantAction(issue, "OPEN", "Complaint created", at);
        issue.put("created_at", at).put("updated_at", at);
        return issue;
    }

    /** Adds a complainant action to a 1.0.0 issue. */
    static void complainantAction(ObjectNode issue, String action, String said, String at) {
        ObjectNode entry = issue.with("issue_actions").withArray("complainant_actions").addObject()
                .put("complainant_action", action).put("short_desc", said).put("updated_at", at);
        ObjectNode by = entry.putObject("updated_by");
        by.putObject("org").put("name", BAP + "::ONDC:RET10");
        by.putObject("contact").put("phone", "9963548006").put("email", "buyer@example.in");
        by.putObject("person").put("name", "Buyer Admin");
        issue.put("updated_at", at);
    }

    static ObjectNode message(ObjectNode issue) {
        ObjectNode message = JSON.createObjectNode();
        message.set("issue", issue);
        return message;
    }

    /**
     * The callback the gateway would build from an IGM result (our context in the buyer app's IGM version), checked
     * as the gateway checks what it sends: no error.
     */
    static void assertPassesIgmChecks(JsonNode result, String version) {
        ObjectNode callback = callback(result, version);
        ((ObjectNode) callback.path("context")).put("timestamp", OndcOrders.timestamp(Instant.now()));
        ValidationResult checked = OUTGOING.checkOutgoing(callback);
        assertEquals(List.of(), checked.errors(), callback.toString());
        assertEquals(List.of(), checked.warnings(), callback.toString());
    }
}
