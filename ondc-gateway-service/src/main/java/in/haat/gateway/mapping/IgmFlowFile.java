package in.haat.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.gateway.OndcMessage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An IGM 1.0.0 transaction as the flow file ONDC's log validator's IGM check takes ({@code POST /api/validate/igm},
 * version 1.0.0): {@code {domain, version, bap_id, bpp_id, flow: "igm", payload}} with the buyer's first /issue
 * ({@code ret_issue}) and its /on_issue, the last /issue_status and its /on_issue_status, our last unsolicited
 * /on_issue_status (the seller's update, a resolution) and the buyer's closing /issue ({@code ret_issue_close}).
 */
public final class IgmFlowFile {

    /** The flow id that asks the export for this file rather than a retail one. */
    public static final String FLOW = "igm";

    private IgmFlowFile() {
    }

    /** The flow file of these messages (one IGM transaction, in the order they crossed the edge). */
    public static ObjectNode of(List<OndcMessage> log, ObjectMapper json) {
        List<OndcMessage> messages = FlowFile.distinct(log);
        Set<String> requests = new HashSet<>();
        String firstIssue = null;
        for (OndcMessage m : messages) {
            if (m.direction.equals("in")) {
                requests.add(m.messageId);
                if (firstIssue == null && m.action.equals("issue") && !closing(m.body)) {
                    firstIssue = m.messageId;
                }
            }
        }
        ObjectNode file = json.createObjectNode();
        Map<String, JsonNode> payload = new LinkedHashMap<>();
        for (OndcMessage m : messages) {
            FlowFile.header(file, m.body.path("context"));
            String key = key(m, requests, firstIssue);
            if (key != null) {
                payload.put(key, m.body); // the later of two counts (the first /issue and its answer are the only ones keyed so)
            }
        }
        file.put("flow", FLOW);
        ObjectNode keyed = file.putObject("payload");
        payload.forEach(keyed::set);
        return file;
    }

    /** The validator's key for one message; null for one its IGM check does not read (an escalation, its answer). */
    static String key(OndcMessage m, Set<String> requests, String firstIssue) {
        return switch (m.action) {
            case "issue" -> closing(m.body) ? "ret_issue_close" : m.messageId.equals(firstIssue) ? "ret_issue" : null;
            case "on_issue" -> m.messageId.equals(firstIssue) ? "ret_on_issue" : null;
            case "issue_status" -> "ret_issue_status";
            case "on_issue_status" -> requests.contains(m.messageId) ? "ret_on_issue_status" : "ret_on_issue_status_unsolicited";
            default -> null;
        };
    }

    private static boolean closing(JsonNode issue) {
        return "CLOSED".equals(issue.path("message").path("issue").path("status").asText());
    }
}
