package in.haat.gateway.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.gateway.OndcMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A transaction's log becomes the validator's flow file: its keys, one message each, the flow guessed. */
class FlowFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<OndcMessage> log = new ArrayList<>();
    private Instant clock = Instant.parse("2026-12-02T07:00:00Z");

    @Test
    void theOutOfStockFlowNamesItsFirstSelectAndOnSelectApartAndTheStatusesByState() {
        in("search", "m1", "{\"intent\":{}}");
        out("on_search", "m1", "{\"catalog\":{\"bpp/providers\":[{\"id\":\"page-1\"}]}}", null);
        out("on_search", "m1", "{\"catalog\":{\"bpp/providers\":[{\"id\":\"page-2\"}]}}", null);
        in("select", "m2", "{\"order\":{}}");
        out("on_select", "m2", "{\"order\":{}}", "{\"type\":\"DOMAIN-ERROR\",\"code\":\"40002\"}");
        in("select", "m3", "{\"order\":{}}");
        out("on_select", "m3", "{\"order\":{}}", null);
        in("init", "m4", "{}");
        out("on_init", "m4", "{}", null);
        in("confirm", "m5", "{}");
        out("on_confirm", "m5", "{}", null);
        out("on_status", "u1", status("Pending", "Created"), null);
        out("on_status", "u2", status("Pending", "Accepted"), null);
        out("on_status", "u3", status("Order-picked-up", "In-progress"), null);
        out("on_status", "u4", status("RTO-Delivered", "Cancelled"), null);

        ObjectNode file = FlowFile.of(log, null, JSON);

        assertEquals("3", file.path("flow").asText());
        assertEquals("ONDC:RET11", file.path("domain").asText());
        assertEquals("1.2.5", file.path("version").asText());
        assertEquals("buyer.example", file.path("bap_id").asText());
        assertEquals("seller.example", file.path("bpp_id").asText());
        JsonNode payload = file.path("payload");
        assertEquals(List.of("search_full_catalog_refresh", "on_search_full_catalog_refresh", "select_out_of_stock",
                "on_select_out_of_stock", "select", "on_select", "init", "on_init", "confirm", "on_confirm", "on_status_pending",
                "on_status_picked", "on_status_rto_delivered/disposed"), names(payload));
        assertEquals("page-1", payload.at("/on_search_full_catalog_refresh/message/catalog/bpp~1providers/0/id").asText(),
                "the validator reads one catalog: the first page");
        assertEquals("m3", payload.at("/select/context/message_id").asText());
        assertEquals("Accepted", payload.at("/on_status_pending/message/order/state").asText(), "the later Pending counts");
    }

    @Test
    void refusedRequestsAreLeftOutAndARetriedCallbackCountsOnce() {
        in("search", "m1", "{\"intent\":{\"tags\":[{\"code\":\"catalog_inc\",\"list\":[{\"code\":\"mode\",\"value\":\"start\"}]}]}}");
        OndcMessage refused = in("select", "m9", "{}");
        refused.acked = false;
        out("on_search", "push-1", "{\"catalog\":{}}", null);
        out("on_search", "push-1", "{\"catalog\":{}}", null);

        ObjectNode file = FlowFile.of(log, "9", JSON);

        assertEquals("9", file.path("flow").asText(), "the flow asked for wins over the guess");
        assertEquals(List.of("search_inc_refresh", "on_search_inc_refresh"), names(file.path("payload")));
        assertFalse(file.path("payload").has("select"));
    }

    @Test
    void partCancelReturnsAndLiquidationAreKeyedAsTheValidatorsFlowSix() {
        in("confirm", "m5", "{}");
        out("on_confirm", "m5", "{}", null);
        out("on_update", "u1", order(cancel()), null);
        in("update", "m6", settlement("C1", "Cancel"));
        out("on_update", "m6", order(cancel()), null);
        out("on_status", "u2", status("Order-delivered", "Completed"), null);
        in("update", "m7", returnRequest("R1"));
        out("on_update", "m7", order(cancel(), returned("R1", "Return_Initiated")), null);
        out("on_update", "u3", order(cancel(), returned("R1", "Return_Approved")), null);
        out("on_update", "u4", order(cancel(), returned("R1", "Return_Picked")), null);
        in("update", "m8", settlement("R1", "Return"));
        out("on_update", "m8", order(cancel(), returned("R1", "Return_Picked")), null);
        out("on_update", "u5", order(cancel(), returned("R1", "Return_Delivered")), null);
        in("update", "m9", returnRequest("R2"));
        out("on_update", "m9", order(cancel(), returned("R1", "Return_Delivered"), returned("R2", "Return_Initiated")), null);
        out("on_update", "u6", order(cancel(), returned("R1", "Return_Delivered"), returned("R2", "Liquidated")), null);
        in("update", "m10", settlement("R2", "Return"));

        ObjectNode file = FlowFile.of(log, null, JSON);

        assertEquals("6", file.path("flow").asText());
        JsonNode payload = file.path("payload");
        assertEquals(List.of("confirm", "on_confirm", "on_update_part_cancel", "update_settlement_part_cancel",
                "on_update_settlement_part_cancel", "on_status_delivered", "update_reverse_qc", "on_update_interim_reverse_qc",
                "on_update_approval", "on_update_picked", "update_settlement_reverse_qc", "on_update_settlement_reverse_qc",
                "on_update_delivered", "update_liquidated", "on_update_interim_liquidated", "on_update_liquidated",
                "update_settlement_liquidated"), names(payload));
        assertEquals("u1", payload.at("/on_update_part_cancel/context/message_id").asText(),
                "the answer to the settlement /update is not the seller's part-cancel");
        assertEquals("u5", payload.at("/on_update_delivered/context/message_id").asText());
    }

    @Test
    void theFlowIsGuessedFromWhatWasPlayed() {
        assertEquals("2", FlowFile.guessFlow(java.util.Set.of("search_full_catalog_refresh", "confirm", "on_confirm")));
        assertEquals("4", FlowFile.guessFlow(java.util.Set.of("confirm", "cancel", "on_cancel")));
        assertEquals("1", FlowFile.guessFlow(java.util.Set.of("search_full_catalog_refresh", "search_inc_refresh")));
        assertEquals("8", FlowFile.guessFlow(java.util.Set.of("search_full_catalog_refresh")));
        assertEquals("5", FlowFile.guessFlow(java.util.Set.of("confirm", "on_update_part_cancel", "on_cancel",
                "on_status_rto_delivered/disposed")));
        assertEquals("6", FlowFile.guessFlow(java.util.Set.of("confirm", "update_liquidated", "on_update_interim_liquidated")));
    }

    private static String status(String fulfilmentState, String orderState) {
        return "{\"order\":{\"state\":\"" + orderState + "\",\"fulfillments\":[{\"type\":\"Delivery\",\"state\":{\"descriptor\":"
                + "{\"code\":\"" + fulfilmentState + "\"}}}]}}";
    }

    private static String order(String... fulfilments) {
        return "{\"order\":{\"fulfillments\":[{\"id\":\"1\",\"type\":\"Delivery\"}," + String.join(",", fulfilments) + "]}}";
    }

    private static String cancel() {
        return "{\"id\":\"C1\",\"type\":\"Cancel\",\"state\":{\"descriptor\":{\"code\":\"Cancelled\"}}}";
    }

    private static String returned(String id, String state) {
        return "{\"id\":\"" + id + "\",\"type\":\"Return\",\"state\":{\"descriptor\":{\"code\":\"" + state + "\"}}}";
    }

    private static String settlement(String fulfilmentId, String type) {
        return "{\"update_target\":\"payment\",\"order\":{\"fulfillments\":[{\"id\":\"" + fulfilmentId + "\",\"type\":\""
                + type + "\"}]}}";
    }

    private static String returnRequest(String returnId) {
        return "{\"update_target\":\"item\",\"order\":{\"fulfillments\":[{\"type\":\"Return\",\"tags\":[{\"code\":"
                + "\"return_request\",\"list\":[{\"code\":\"id\",\"value\":\"" + returnId + "\"}]}]}]}}";
    }

    private OndcMessage in(String action, String messageId, String message) {
        OndcMessage m = message("in", action, messageId, message, null);
        m.acked = true;
        return m;
    }

    private OndcMessage out(String action, String messageId, String message, String error) {
        return message("out", action, messageId, message, error);
    }

    private OndcMessage message(String direction, String action, String messageId, String message, String error) {
        OndcMessage m = new OndcMessage();
        m.id = UUID.randomUUID();
        m.direction = direction;
        m.action = action;
        m.messageId = messageId;
        m.transactionId = "t1";
        clock = clock.plusSeconds(1);
        m.receivedAt = clock;
        String bpp = action.equals("search") ? "" : ",\"bpp_id\":\"seller.example\"";
        try {
            m.body = JSON.readTree("{\"context\":{\"domain\":\"ONDC:RET11\",\"core_version\":\"1.2.5\",\"action\":\"" + action
                    + "\",\"bap_id\":\"buyer.example\"" + bpp + ",\"message_id\":\"" + messageId + "\"},\"message\":" + message
                    + (error == null ? "" : ",\"error\":" + error) + "}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        log.add(m);
        return m;
    }

    private static List<String> names(JsonNode payload) {
        List<String> names = new ArrayList<>();
        payload.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
