package in.haat.ondc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IGM requests are checked against the IGM spec of their version (not the retail one, whose action list has no
 * issue), IGM 2.0.0 needs no city; and a callback we send is checked by the same rules.
 */
class IgmAndOutgoingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.000Z");
    private static final BecknValidator VALIDATOR = new BecknValidator(new SchemaCheck(), "sellerNP.com",
            "https://sellerNP.com/ondc", Duration.ofSeconds(5), Duration.ofSeconds(30));

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) Examples.JSON.readTree(text);
    }

    @Test
    void igm2NeedsNoCityAndMayLocateIt() throws Exception {
        ObjectNode issue = json("""
                {"context":{"domain":"ONDC:RET10","action":"issue","version":"2.0.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","bpp_id":"sellerNP.com","bpp_uri":"https://sellerNP.com/ondc",
                "transaction_id":"T1","message_id":"M1","timestamp":"2026-12-01T10:00:00.000Z","ttl":"PT30S",
                "location":{"city":{"code":"std:080"},"country":{"code":"IND"}}},
                "message":{"issue":{"id":"I1","status":"OPEN","level":"ISSUE","refs":[{"ref_id":"O1","ref_type":"ORDER"}],
                "created_at":"2026-12-01T10:00:00.000Z","updated_at":"2026-12-01T10:00:00.000Z"}}}
                """);
        assertEquals(List.of(), VALIDATOR.checkInbound("issue", issue, NOW).errors());
        ((ObjectNode) issue.get("context")).remove("location");
        assertEquals(List.of(), VALIDATOR.checkInbound("issue", issue, NOW).errors(), "no city at all");
        ((ObjectNode) issue.get("context")).putObject("location").putObject("country").put("code", "USA");
        assertEquals("context.country", VALIDATOR.checkInbound("issue", issue, NOW).firstError().orElseThrow().path());
    }

    @Test
    void igm1IsCheckedAgainstIgm1() throws Exception {
        ObjectNode status = json("""
                {"context":{"domain":"ONDC:RET10","action":"issue_status","core_version":"1.0.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","bpp_id":"sellerNP.com","bpp_uri":"https://sellerNP.com/ondc",
                "transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND","timestamp":"2026-12-01T10:00:00.000Z"},
                "message":{"issue_id":"I1"}}
                """);
        assertEquals(List.of(), VALIDATOR.checkInbound("issue_status", status, NOW).problems());
        ((ObjectNode) status.get("context")).remove("city");
        assertEquals("context.city", VALIDATOR.checkInbound("issue_status", status, NOW).firstError().orElseThrow().path(),
                "IGM 1.0.0 requires the city");
        ((ObjectNode) status.get("context")).put("city", "std:080").put("core_version", "3.0.0");
        assertEquals("context.core_version", VALIDATOR.checkInbound("issue_status", status, NOW).firstError().orElseThrow().path());
    }

    @Test
    void outgoingCallbacksAreCheckedBySameRules() throws Exception {
        JsonNode onStatus = json("""
                {"context":{"domain":"ONDC:RET10","action":"on_status","core_version":"1.2.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","bpp_id":"sellerNP.com","bpp_uri":"https://sellerNP.com/ondc",
                "transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND","timestamp":"2026-12-01T10:00:00.000Z"},
                "message":{"order":{"id":"O1","state":"Accepted"}}}
                """);
        assertTrue(VALIDATOR.checkOutgoing(onStatus).ok(), VALIDATOR.checkOutgoing(onStatus).errors().toString());
        ObjectNode star = onStatus.deepCopy();
        ((ObjectNode) star.get("context")).put("city", "*");
        assertEquals("context.city", VALIDATOR.checkOutgoing(star).firstError().orElseThrow().path());
        ObjectNode notOurs = onStatus.deepCopy();
        ((ObjectNode) notOurs.get("context")).put("bpp_id", "other.com");
        assertEquals("context.bpp_id", VALIDATOR.checkOutgoing(notOurs).firstError().orElseThrow().path());
        ObjectNode request = onStatus.deepCopy();
        ((ObjectNode) request.get("context")).put("action", "status");
        assertEquals("context.action", VALIDATOR.checkOutgoing(request).firstError().orElseThrow().path());
        ObjectNode badTime = onStatus.deepCopy();
        ((ObjectNode) badTime.get("context")).put("timestamp", "2026-12-01 10:00");
        assertEquals("context.timestamp", VALIDATOR.checkOutgoing(badTime).firstError().orElseThrow().path());
        ObjectNode broken = onStatus.deepCopy();
        ((ObjectNode) broken.at("/message/order")).put("items", "none");
        assertEquals("/message/order/items", VALIDATOR.checkOutgoing(broken).firstError().orElseThrow().path());
    }
}
