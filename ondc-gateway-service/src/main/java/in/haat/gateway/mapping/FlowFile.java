package in.haat.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.gateway.OndcMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One or more transactions as the flow file ONDC's log validator (log-validation-utility, {@code POST /api/validate})
 * and Pramaan take: {@code {domain, version, bap_id, bpp_id, flow, payload: {<key>: <message>}}}, each message under
 * the key the validator names it by. Requests are the ACKed ones, callbacks each once (a retried callback is logged
 * per attempt). Where the validator wants one message and there were several, the later one counts, except
 * /on_search, whose first page counts (the validator reads one catalog). /update and /on_update: {@link UpdateKeys}.
 */
public final class FlowFile {

    /** The validator's key of each ONDC fulfilment state an /on_status carries. */
    private static final Map<String, String> STATUS_KEYS = Map.ofEntries(
            Map.entry("Pending", "on_status_pending"), Map.entry("Packed", "on_status_packed"),
            Map.entry("Agent-assigned", "on_status_agent_assigned"), Map.entry("At-pickup", "on_status_at_pickup"),
            Map.entry("Out-for-pickup", "on_status_out_for_pickup"), Map.entry("Pickup-failed", "on_status_pickup_failed"),
            Map.entry("Order-picked-up", "on_status_picked"), Map.entry("At-delivery", "on_status_at_delivery"),
            Map.entry("In-transit", "on_status_in_transit"), Map.entry("At-destination-hub", "on_status_at_destination_hub"),
            Map.entry("Out-for-delivery", "on_status_out_for_delivery"), Map.entry("Delivery-failed", "on_status_delivery_failed"),
            Map.entry("Order-delivered", "on_status_delivered"), Map.entry("RTO-Delivered", "on_status_rto_delivered/disposed"),
            Map.entry("RTO-Disposed", "on_status_rto_delivered/disposed"));

    private FlowFile() {
    }

    /** The flow file of these messages (of one or more transactions, in the order they crossed the edge). */
    public static ObjectNode of(List<OndcMessage> log, String flow, ObjectMapper json) {
        List<OndcMessage> messages = distinct(log);
        Map<String, String> searchKeys = new HashMap<>();
        Set<String> outOfStock = new HashSet<>();
        for (OndcMessage m : messages) {
            if (m.direction.equals("in") && m.action.equals("search")) {
                searchKeys.put(m.messageId, incremental(m.body) ? "search_inc_refresh" : "search_full_catalog_refresh");
            }
            if (m.direction.equals("out") && m.action.equals("on_select") && "40002".equals(m.body.path("error").path("code").asText())) {
                outOfStock.add(m.messageId);
            }
        }
        Map<OndcMessage, String> updateKeys = UpdateKeys.of(messages);
        Map<String, JsonNode> payload = new LinkedHashMap<>();
        ObjectNode file = json.createObjectNode();
        for (OndcMessage m : messages) {
            header(file, m.body.path("context"));
            String key = updateKeys.containsKey(m) ? updateKeys.get(m) : key(m, searchKeys, outOfStock);
            if (key.startsWith("on_search_") && payload.containsKey(key)) {
                continue;
            }
            payload.remove(key);
            payload.put(key, m.body);
        }
        file.put("flow", flow != null && !flow.isBlank() ? flow : guessFlow(payload.keySet()));
        ObjectNode keyed = file.putObject("payload");
        payload.forEach(keyed::set);
        return file;
    }

    /** The file's domain, version, bap_id and bpp_id: the first message's that names each. */
    static void header(ObjectNode file, JsonNode context) {
        if (!file.has("domain") && context.has("domain")) {
            file.put("domain", context.path("domain").asText());
            file.put("version", context.path("core_version").asText(context.path("version").asText()));
        }
        if (!file.has("bap_id") && context.has("bap_id")) {
            file.put("bap_id", context.path("bap_id").asText());
        }
        if (!file.has("bpp_id") && context.has("bpp_id")) {
            file.put("bpp_id", context.path("bpp_id").asText());
        }
    }

    /** The validator's key for one message. */
    static String key(OndcMessage m, Map<String, String> searchKeys, Set<String> outOfStock) {
        boolean oos = outOfStock.contains(m.messageId);
        return switch (m.action) {
            case "search" -> searchKeys.getOrDefault(m.messageId, "search_full_catalog_refresh");
            // A push (catalog_inc mode start) is unsolicited, so its message_id is no search's.
            case "on_search" -> "on_" + searchKeys.getOrDefault(m.messageId, "search_inc_refresh");
            case "select" -> oos ? "select_out_of_stock" : "select";
            case "on_select" -> oos ? "on_select_out_of_stock" : "on_select";
            case "on_status" -> statusKey(m.body);
            default -> m.action;
        };
    }

    private static String statusKey(JsonNode body) {
        String state = "";
        for (JsonNode fulfillment : body.path("message").path("order").path("fulfillments")) {
            String type = fulfillment.path("type").asText("Delivery");
            if (state.isEmpty() || type.equals("Delivery") || type.startsWith("RTO")) {
                state = fulfillment.path("state").path("descriptor").path("code").asText(state);
            }
        }
        return STATUS_KEYS.getOrDefault(state, "on_status_" + state.toLowerCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * The validator's flow for what was played: out of stock (3), RTO (5), part-cancel or return (6), cancel (4), search
     * to delivery (2), search (1 or 8).
     */
    static String guessFlow(Set<String> keys) {
        if (keys.contains("select_out_of_stock")) {
            return "3";
        }
        if (keys.contains("on_status_rto_delivered/disposed")) {
            return "5";
        }
        if (keys.contains("on_update_part_cancel") || keys.contains("on_update_interim_reverse_qc")
                || keys.contains("on_update_interim_liquidated")) {
            return "6";
        }
        if (keys.contains("on_cancel")) {
            return "4";
        }
        if (keys.contains("confirm")) {
            return "2";
        }
        return keys.contains("search_inc_refresh") ? "1" : "8";
    }

    private static boolean incremental(JsonNode search) {
        for (JsonNode tag : search.path("message").path("intent").path("tags")) {
            if ("catalog_inc".equals(tag.path("code").asText()) || "catalog_inc".equals(tag.path("descriptor").path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    /** ACKed requests, and each callback once (its attempts logged alike), in log order. */
    static List<OndcMessage> distinct(List<OndcMessage> log) {
        List<OndcMessage> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OndcMessage m : log) {
            if (m.body == null || m.direction.equals("in") && !Boolean.TRUE.equals(m.acked)) {
                continue;
            }
            if (m.direction.equals("in") || seen.add(m.action + " " + m.messageId + " " + m.body.hashCode())) {
                kept.add(m);
            }
        }
        return kept;
    }
}
