package in.haat.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.OndcMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The log validator's keys of a transaction's /update and /on_update messages (its flows 5 and 6): the buyer's
 * settlement /update after a part-cancel ({@code update_settlement_part_cancel}), a return picked up
 * ({@code update_settlement_reverse_qc}) or liquidated ({@code update_settlement_liquidated}); its return request
 * ({@code update_reverse_qc}, or {@code update_liquidated} for a return the seller liquidates later); our answer to it
 * ({@code on_update_interim_...}); and the seller's unsolicited /on_update, named by the Return fulfilment whose state
 * it changed ({@code on_update_approval}, {@code _picked}, {@code _delivered}, {@code _liquidated}), else, with a
 * Cancel fulfilment, {@code on_update_part_cancel}. What fits none keeps its action's name.
 */
final class UpdateKeys {

    private static final Map<String, String> RETURN_STATE_KEYS = Map.of("Return_Approved", "on_update_approval",
            "Return_Picked", "on_update_picked", "Return_Delivered", "on_update_delivered", "Liquidated", "on_update_liquidated");

    private UpdateKeys() {
    }

    /** The key of each /update and /on_update among these messages (in log order). */
    static Map<OndcMessage, String> of(List<OndcMessage> messages) {
        Set<String> liquidated = new HashSet<>();
        for (OndcMessage m : messages) {
            if (m.action.equals("on_update")) {
                returnStates(m.body).forEach((id, state) -> {
                    if (state.equals("Liquidated")) {
                        liquidated.add(id);
                    }
                });
            }
        }
        Map<OndcMessage, String> keys = new IdentityHashMap<>();
        Map<String, String> requests = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (OndcMessage m : messages) {
            if (m.direction.equals("in") && m.action.equals("update")) {
                String key = requestKey(m.body.path("message"), liquidated);
                requests.put(m.messageId, key);
                keys.put(m, key);
            } else if (m.direction.equals("out") && m.action.equals("on_update")) {
                keys.put(m, callbackKey(m, requests.get(m.messageId), seen));
            }
        }
        return keys;
    }

    private static String requestKey(JsonNode message, Set<String> liquidated) {
        JsonNode fulfilment = message.path("order").path("fulfillments").path(0);
        String target = message.path("update_target").asText();
        if (target.equals("payment")) {
            return switch (fulfilment.path("type").asText()) {
                case "Cancel" -> "update_settlement_part_cancel";
                case "Return" -> liquidated.contains(fulfilment.path("id").asText())
                        ? "update_settlement_liquidated" : "update_settlement_reverse_qc";
                default -> "update_settlement";
            };
        }
        if (target.equals("item") && fulfilment.path("type").asText().equals("Return")) {
            String id = tag(fulfilment, "return_request", "id");
            return liquidated.contains(id) ? "update_liquidated" : "update_reverse_qc";
        }
        return "update";
    }

    /** An answer to a request is named after it; an unsolicited one by what changed since the previous /on_update. */
    private static String callbackKey(OndcMessage m, String request, Map<String, String> seen) {
        String changed = null;
        for (Map.Entry<String, String> e : returnStates(m.body).entrySet()) {
            if (!e.getValue().equals(seen.put(e.getKey(), e.getValue()))) {
                changed = e.getValue();
            }
        }
        if (request != null) {
            return switch (request) {
                case "update_reverse_qc" -> "on_update_interim_reverse_qc";
                case "update_liquidated" -> "on_update_interim_liquidated";
                case "update" -> "on_update";
                default -> "on_" + request;
            };
        }
        if (changed != null) {
            return RETURN_STATE_KEYS.getOrDefault(changed, "on_update");
        }
        for (JsonNode f : m.body.path("message").path("order").path("fulfillments")) {
            if (f.path("type").asText().equals("Cancel")) {
                return "on_update_part_cancel";
            }
        }
        return "on_update";
    }

    /** Each Return fulfilment's id and state. */
    private static Map<String, String> returnStates(JsonNode body) {
        Map<String, String> states = new HashMap<>();
        for (JsonNode f : body.path("message").path("order").path("fulfillments")) {
            if (f.path("type").asText().equals("Return")) {
                states.put(f.path("id").asText(), f.path("state").path("descriptor").path("code").asText());
            }
        }
        return states;
    }

    private static String tag(JsonNode fulfilment, String group, String code) {
        for (JsonNode tag : fulfilment.path("tags")) {
            if (group.equals(tag.path("code").asText())) {
                for (JsonNode entry : tag.path("list")) {
                    if (code.equals(entry.path("code").asText())) {
                        return entry.path("value").asText();
                    }
                }
            }
        }
        return "";
    }
}
