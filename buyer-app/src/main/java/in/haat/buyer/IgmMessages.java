package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The buyer's /rating and IGM 1.0.0 /issue and /issue_status messages (ONDC's retail examples), about an order. */
final class IgmMessages {

    private IgmMessages() {
    }

    /** /rating of the order (5) and its first item (4). */
    static ObjectNode rating(JsonNode order) {
        ObjectNode message = BuyerApp.JSON.createObjectNode();
        message.putArray("ratings").addObject().put("rating_category", "Order").put("id", order.path("id").asText()).put("value", "5");
        message.withArray("ratings").addObject().put("rating_category", "Item")
                .put("id", order.path("items").path(0).path("id").asText()).put("value", "4");
        return message;
    }

    /** ONDC's IGM 1.0.0 example issue (ITEM / ITM02, item quality) about the order's first item, raised by {@code bapId} at {@code at}. */
    static ObjectNode issue(String issueId, JsonNode order, String bapId, String domain, String at) {
        ObjectNode issue = BuyerApp.JSON.createObjectNode().put("id", issueId);
        ObjectNode complainant = issue.putObject("complainant_info");
        complainant.putObject("person").put("name", "Demo Buyer");
        complainant.putObject("contact").put("phone", "9891691269").put("email", "buyer@haat.localhost");
        ObjectNode details = issue.putObject("order_details").put("id", order.path("id").asText()).put("state", order.path("state").asText());
        details.putArray("items").addObject().put("id", order.path("items").path(0).path("id").asText()).put("quantity", 1);
        details.putArray("fulfillments").addObject().put("id", order.path("fulfilment").path("id").asText("1"))
                .put("state", order.path("fulfilment_state").asText());
        details.put("provider_id", order.path("storefront_id").asText());
        issue.putObject("description").put("short_desc", "Item quality").put("long_desc", "The item is not as described")
                .putArray("images").add("https://buyer.haat.localhost/issue.png");
        issue.put("category", "ITEM").put("sub_category", "ITM02").put("issue_type", "ISSUE");
        issue.putObject("source").put("network_participant_id", bapId).put("type", "CONSUMER");
        issue.putObject("expected_response_time").put("duration", "PT2H");
        issue.putObject("expected_resolution_time").put("duration", "P1D");
        issue.put("status", "OPEN");
        action(issue, "OPEN", "Complaint created", bapId, domain, at);
        issue.put("created_at", at);
        return issue;
    }

    /** Adds the buyer's next action (OPEN, ESCALATE, CLOSE) to the issue, as its next /issue carries it. */
    static ObjectNode action(ObjectNode issue, String action, String said, String bapId, String domain, String at) {
        ObjectNode entry = issue.with("issue_actions").withArray("complainant_actions").addObject()
                .put("complainant_action", action).put("short_desc", said).put("updated_at", at);
        ObjectNode by = entry.putObject("updated_by");
        by.putObject("org").put("name", bapId + "::" + domain);
        by.putObject("contact").put("phone", "9891691269").put("email", "buyer@haat.localhost");
        by.putObject("person").put("name", "Demo Buyer");
        if ("CLOSE".equals(action)) {
            issue.put("status", "CLOSED").put("rating", "THUMBS-UP");
        }
        issue.put("updated_at", at);
        return issue;
    }

    static ObjectNode of(ObjectNode issue) {
        ObjectNode message = BuyerApp.JSON.createObjectNode();
        message.set("issue", issue.deepCopy());
        return message;
    }

    static ObjectNode status(String issueId) {
        return BuyerApp.JSON.createObjectNode().put("issue_id", issueId);
    }
}
