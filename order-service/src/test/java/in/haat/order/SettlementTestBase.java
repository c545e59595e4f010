package in.haat.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders confirmed with a buyer app finder fee, and the RSF messages a collector and a settlement agency send, for the settlement tests. */
abstract class SettlementTestBase extends ConfirmedOrderTestBase {

    /** {@code units} of an item at 110.00 + 18% GST, confirmed with a 3% buyer app finder fee. */
    Confirmed withFinderFee(Shop shop, UUID item, int units) {
        String txn = UUID.randomUUID().toString();
        ObjectNode init = OrderFlowTest.initOrder(shop, item, units);
        init.putObject("payment").put("@ondc/org/buyer_app_finder_fee_type", "percent").put("@ondc/org/buyer_app_finder_fee_amount", "3");
        buyer("init", txn, JSON.createObjectNode().set("order", init), "1.2.5", BAP);
        inventoryAnswers("stock.held", stockRequest(txn, "order.stock-hold-requested", 1), List.of());
        JsonNode onInit = result(txn, 1);
        buyer("confirm", txn, JSON.createObjectNode().set("order", OrderFlowTest.confirmOrder("O-" + txn, onInit.path("message").path("order"))),
                "1.2.5", BAP);
        inventoryAnswers("stock.committed", stockRequest(txn, "order.stock-commit-requested", 1), List.of());
        assertEquals("on_confirm", result(txn, 2).path("action").asText());
        return new Confirmed(shop, txn, "O-" + txn, "1.2.5", item, 2);
    }

    UUID atta(Shop shop) {
        return newItem(shop, "Atta 5kg", "110", 50, Map.of(), Map.of("returnable", false, "cancellable", true, "time_to_ship", "PT1H",
                "max_sale_quantity", 10));
    }

    /** The gateway's {@code ondc.<action>} for an RSF message (ONDC:NTS10, version 2.0.0) from {@code bapId} to us, or to {@code bapId} from a settlement agency; answers its message_id. */
    String rsf(String action, String transactionId, String bapId, JsonNode message) {
        String messageId = UUID.randomUUID().toString();
        boolean answer = action.startsWith("on_");
        ObjectNode context = JSON.createObjectNode();
        context.put("domain", "ONDC:NTS10");
        ObjectNode location = context.putObject("location");
        location.putObject("country").put("code", "IND");
        location.putObject("city").put("code", "*");
        context.put("version", "2.0.0");
        context.put("action", action);
        context.put("bap_id", answer ? "haat.localhost" : bapId);
        context.put("bap_uri", answer ? "http://localhost:8080" : "https://" + bapId + "/rsf");
        context.put("bpp_id", answer ? "sa.test.haat" : "haat.localhost");
        context.put("bpp_uri", answer ? "https://sa.test.haat/rsf" : "http://localhost:8080");
        context.put("transaction_id", transactionId);
        context.put("message_id", messageId);
        context.put("timestamp", Instant.now().toString());
        context.put("ttl", "PT30S");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", action);
        payload.put("context", context);
        payload.put("message", message);
        payload.put("received_at", Instant.now().toString());
        payload.put("log_id", UUID.randomUUID().toString());
        events.publish("haat.ondc.requests", "ondc." + action, transactionId, payload);
        return messageId;
    }

    /** A /recon message: one order, one settlement with these amounts (amount to us, commission, withholding, tcs, tds). */
    static ObjectNode recon(String orderId, String orderAmount, String... amounts) {
        ObjectNode message = JSON.createObjectNode();
        ObjectNode order = message.putArray("orders").addObject();
        order.put("id", orderId);
        order.putObject("amount").put("currency", "INR").put("value", orderAmount);
        ObjectNode settlement = order.putArray("settlements").addObject();
        settlement.put("id", "S-" + orderId).put("payment_id", "P-" + orderId).put("status", "PENDING");
        List<String> names = List.of("amount", "commission", "withholding_amount", "tcs", "tds");
        for (int i = 0; i < names.size(); i++) {
            settlement.putObject(names.get(i)).put("currency", "INR").put("value", amounts[i]);
        }
        settlement.put("updated_at", Instant.now().toString());
        return message;
    }

    /** An /on_report message of the settlement agency: these orders' inter-participant amounts with this status. */
    static ObjectNode report(String collector, String status, Map<String, String> amounts) {
        ObjectNode message = JSON.createObjectNode().put("collector_app_id", collector).put("receiver_app_id", "haat.localhost");
        ObjectNode settlement = message.putObject("settlement").put("type", "NP-NP").put("id", "ST-" + UUID.randomUUID());
        amounts.forEach((id, value) -> {
            ObjectNode order = settlement.withArray("orders").addObject().put("id", id);
            order.putObject("inter_participant").put("status", status).put("reference_no", "UTR1")
                    .putObject("amount").put("currency", "INR").put("value", value);
        });
        return message;
    }
}
