package in.haat.ondc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The official schemas accept a well-formed message and find what is broken, with its path. (Moved from the gateway's
 * OndcSchemasTest: an extra field, which the published schema refuses, is now a warning, as on ONDC's network.)
 */
class SchemaCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SchemaCheck schemas = new SchemaCheck();

    @Test
    void aWellFormedSelectPasses() throws Exception {
        JsonNode select = JSON.readTree("""
                {"context":{"domain":"ONDC:RET10","action":"select","core_version":"1.2.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","bpp_id":"sellerNP.com","bpp_uri":"https://sellerNP.com/ondc",
                "transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND",
                "timestamp":"2023-06-03T09:00:00.000Z","ttl":"PT30S"},
                "message":{"order":{"provider":{"id":"P1","locations":[{"id":"L1"}]},
                "items":[{"id":"I1","location_id":"L1","quantity":{"count":1}}],
                "fulfillments":[{"end":{"location":{"gps":"12.453544,77.928379","address":{"area_code":"560001"}}}}],
                "payment":{"type":"ON-ORDER"}}}}
                """);
        assertEquals(List.of(), schemas.problems("select", select));
        assertEquals(List.of(), schemas.check(OndcSpec.RETAIL_1_2_5, "select", select).problems());
    }

    @Test
    void brokenMessagesAreFoundWithAPath() throws Exception {
        JsonNode select = JSON.readTree("""
                {"context":{"domain":"ONDC:RET10","action":"select","core_version":"1.2.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND",
                "timestamp":"2023-06-03T09:00:00.000Z"},"message":{"order":{"items":"not a list"}},"extra":1}
                """);
        ValidationResult result = schemas.check(OndcSpec.RETAIL_1_2_0, "select", select);
        assertEquals(List.of("/message/order/items: /message/order/items: string found, array expected"),
                result.errors().stream().map(Problem::toString).toList());
        assertEquals(List.of(": : property 'extra' is not defined in the schema and the schema does not allow additional properties"),
                result.warnings().stream().map(Problem::toString).toList());
        assertEquals(2, schemas.problems("select", select).size());
    }

    @Test
    void igmPathsAreCheckedAgainstTheIgmSpecs() throws Exception {
        JsonNode issueStatus = JSON.readTree("""
                {"context":{"domain":"ONDC:RET10","action":"issue_status","core_version":"1.0.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","bpp_id":"sellerNP.com","bpp_uri":"https://sellerNP.com/ondc",
                "transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND","timestamp":"2023-06-03T09:00:00.000Z"},
                "message":{"issue_id":"ISSUE-1"}}
                """);
        assertEquals(List.of(), schemas.problems("issue_status", issueStatus));
        assertEquals(OndcSpec.IGM_1_0_0, OndcSpec.of("issue_status", issueStatus.get("context")).orElseThrow());
        assertEquals(OndcSpec.IGM_2_0_0, OndcSpec.of("issue", JSON.readTree("{\"version\":\"2.0.0\"}")).orElseThrow());
    }
}
