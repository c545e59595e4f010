package in.haat.gateway.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.gateway.OndcMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An IGM transaction's log becomes the validator's IGM flow file: each message under its ret_* key, the ones it does not read left out. */
class IgmFlowFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<OndcMessage> log = new ArrayList<>();
    private Instant clock = Instant.parse("2026-12-03T07:00:00Z");

    @Test
    void theIssueItsStatusTheSellersResolutionAndTheCloseEachUnderTheValidatorsKey() {
        in("issue", "m1", "OPEN");
        out("on_issue", "m1", "PROCESSING");
        in("issue_status", "m2", null);
        out("on_issue_status", "m2", "PROCESSING");
        out("on_issue_status", "u1", "RESOLVED");
        in("issue", "m3", "CLOSED");
        out("on_issue", "m3", "CLOSED");
        OndcMessage refused = in("issue", "m4", "OPEN");
        refused.acked = false;

        ObjectNode file = IgmFlowFile.of(log, JSON);

        assertEquals("igm", file.path("flow").asText());
        assertEquals("1.0.0", file.path("version").asText());
        assertEquals("ONDC:RET10", file.path("domain").asText());
        assertEquals("buyer.example", file.path("bap_id").asText());
        assertEquals("seller.example", file.path("bpp_id").asText());
        JsonNode payload = file.path("payload");
        List<String> names = new ArrayList<>();
        payload.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("ret_issue", "ret_on_issue", "ret_issue_status", "ret_on_issue_status", "ret_on_issue_status_unsolicited",
                "ret_issue_close"), names);
        assertEquals("m1", payload.at("/ret_on_issue/context/message_id").asText(), "the answer to the first /issue");
        assertEquals("u1", payload.at("/ret_on_issue_status_unsolicited/context/message_id").asText());
        assertEquals("m3", payload.at("/ret_issue_close/context/message_id").asText());
    }

    @Test
    void anEscalationAndItsAnswerAreNotKeyed() {
        in("issue", "m1", "OPEN");
        out("on_issue", "m1", "PROCESSING");
        in("issue", "m2", "OPEN");
        out("on_issue", "m2", "PROCESSING");

        JsonNode payload = IgmFlowFile.of(log, JSON).path("payload");

        assertEquals(2, payload.size());
        assertEquals("m1", payload.at("/ret_issue/context/message_id").asText());
        assertEquals("m1", payload.at("/ret_on_issue/context/message_id").asText());
    }

    private OndcMessage in(String action, String messageId, String status) {
        OndcMessage m = message("in", action, messageId, status);
        m.acked = true;
        return m;
    }

    private void out(String action, String messageId, String status) {
        message("out", action, messageId, status);
    }

    private OndcMessage message(String direction, String action, String messageId, String status) {
        OndcMessage m = new OndcMessage();
        m.id = UUID.randomUUID();
        m.direction = direction;
        m.action = action;
        m.messageId = messageId;
        m.transactionId = "t1";
        clock = clock.plusSeconds(1);
        m.receivedAt = clock;
        ObjectNode body = JSON.createObjectNode();
        body.putObject("context").put("domain", "ONDC:RET10").put("core_version", "1.0.0").put("action", action)
                .put("bap_id", "buyer.example").put("bpp_id", "seller.example").put("message_id", messageId);
        ObjectNode issue = body.putObject("message").putObject("issue").put("id", "I1");
        if (status != null) {
            issue.put("status", status);
        }
        m.body = body;
        log.add(m);
        return m;
    }
}
