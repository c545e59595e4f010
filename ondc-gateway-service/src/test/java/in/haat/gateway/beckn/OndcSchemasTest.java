package in.haat.gateway.beckn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official schemas accept ONDC's own examples and refuse broken messages. */
class OndcSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OndcSchemas schemas = new OndcSchemas();

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
        List<String> problems = schemas.problems("select", select);
        assertEquals(List.of(), problems);
    }

    @Test
    void brokenMessagesAreRefusedWithAPath() throws Exception {
        JsonNode select = JSON.readTree("""
                {"context":{"domain":"ONDC:RET10","action":"select","core_version":"1.2.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND",
                "timestamp":"2023-06-03T09:00:00.000Z"},"message":{"order":{"items":"not a list"}},"extra":1}
                """);
        List<String> problems = schemas.problems("select", select);
        assertEquals(java.util.Set.of(": : property 'extra' is not defined in the schema and the schema does not allow additional properties",
                "/message/order/items: /message/order/items: string found, array expected"), java.util.Set.copyOf(problems));
    }
}
