package in.haat.ondc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One test per refusal rule, each a request ONDC's network refuses too (its validations and log validator check the
 * same), and the leniencies: what real buyer apps send that the published OpenAPI is stricter about is accepted
 * with a warning.
 */
class InboundRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.000Z");
    private static final BecknValidator VALIDATOR = new BecknValidator(new SchemaCheck(), "sellerNP.com",
            "https://sellerNP.com/ondc", Duration.ofSeconds(5), Duration.ofSeconds(30));

    static ObjectNode select() {
        try {
            return (ObjectNode) Examples.JSON.readTree("""
                    {"context":{"domain":"ONDC:RET10","action":"select","core_version":"1.2.0","bap_id":"buyerNP.com",
                    "bap_uri":"https://buyerNP.com/ondc","bpp_id":"sellerNP.com","bpp_uri":"https://sellerNP.com/ondc",
                    "transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND",
                    "timestamp":"2026-12-01T10:00:00.000Z","ttl":"PT30S"},
                    "message":{"order":{"provider":{"id":"P1","locations":[{"id":"L1"}]},
                    "items":[{"id":"I1","location_id":"L1","quantity":{"count":1}}],
                    "fulfillments":[{"end":{"location":{"gps":"12.453544,77.928379","address":{"area_code":"560001"}}}}],
                    "payment":{"type":"ON-ORDER"}}}}
                    """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidationResult selectWith(Consumer<ObjectNode> change) {
        ObjectNode body = select();
        change.accept(body);
        return VALIDATOR.checkInbound("select", body, NOW);
    }

    private static ObjectNode context(ObjectNode body) {
        return (ObjectNode) body.get("context");
    }

    private static void refused(ValidationResult result, String code, String path) {
        assertEquals(code, result.firstError().orElseThrow(() -> new AssertionError("accepted")).code(), result.errors().toString());
        assertEquals(path, result.firstError().get().path(), result.errors().toString());
    }

    @Test
    void aWellFormedSelectIsAcceptedWithoutFindings() {
        ValidationResult result = VALIDATOR.checkInbound("select", select(), NOW);
        assertEquals(List.of(), result.problems());
    }

    @Test
    void eachRequiredContextFieldIsRequired() {
        for (String field : List.of("domain", "action", "core_version", "bap_id", "bap_uri", "transaction_id", "message_id",
                "city", "country", "timestamp")) {
            refused(selectWith(b -> context(b).remove(field)), "30000", "context." + field);
        }
        refused(selectWith(b -> b.remove("context")), "30000", "context");
        refused(selectWith(b -> b.put("message", "text")), "30000", "message");
    }

    @Test
    void theActionMustBeThePaths() {
        refused(VALIDATOR.checkInbound("confirm", select(), NOW), "30000", "context.action");
    }

    @Test
    void onlyVersionsWeSpeak() {
        refused(selectWith(b -> context(b).put("core_version", "0.9.1")), "30000", "context.core_version");
        assertTrue(selectWith(b -> context(b).put("core_version", "1.2.5")).ok());
    }

    @Test
    void onlyRetailDomainsInIndiaWithAStdCity() {
        refused(selectWith(b -> context(b).put("domain", "ONDC:LOG10")), "30000", "context.domain");
        refused(selectWith(b -> context(b).put("country", "USA")), "30000", "context.country");
        refused(selectWith(b -> context(b).put("city", "Bengaluru")), "30000", "context.city");
        refused(selectWith(b -> context(b).put("city", "*")), "30000", "context.city");
        for (String domain : List.of("ONDC:RET17", "ONDC:RET1A", "ONDC:RET1D")) {
            assertTrue(selectWith(b -> context(b).put("domain", domain)).ok(), domain);
        }
    }

    @Test
    void theRequestMustBeForUs() {
        refused(selectWith(b -> context(b).put("bpp_id", "someone.else")), "30000", "context.bpp_id");
        refused(selectWith(b -> context(b).put("bpp_uri", "https://someone.else/ondc")), "30000", "context.bpp_uri");
        assertTrue(selectWith(b -> context(b).put("bpp_uri", "https://sellerNP.com/ondc/")).ok(), "a trailing slash is the same uri");
    }

    @Test
    void idsAndTheBapUri() {
        refused(selectWith(b -> context(b).put("message_id", "T1")), "30000", "context.message_id");
        ValidationResult elsewhere = selectWith(b -> context(b).put("bap_uri", "https://elsewhere.com/ondc"));
        assertTrue(elsewhere.ok(), "where callbacks may go is the gateway's registry check");
        assertEquals(List.of("context.bap_uri"), elsewhere.warnings().stream().map(Problem::path).toList());
        refused(selectWith(b -> context(b).put("transaction_id", "")), "30000", "context.transaction_id");
    }

    @Test
    void timestampsInOndcsFormAndFresh() {
        refused(selectWith(b -> context(b).put("timestamp", "2026-12-01T15:30:00.000+05:30")), "30000", "context.timestamp");
        refused(selectWith(b -> context(b).put("timestamp", "2026-12-01T10:00:00Z")), "30000", "context.timestamp");
        refused(selectWith(b -> context(b).put("timestamp", "2026-13-01T10:00:00.000Z")), "30000", "context.timestamp");
        refused(selectWith(b -> context(b).put("timestamp", "2026-12-01T09:58:00.000Z")), "30022", "context.timestamp");
        refused(selectWith(b -> context(b).put("timestamp", "2026-12-01T10:01:00.000Z")), "30022", "context.timestamp");
    }

    @Test
    void ttlIsABoundedIsoDuration() {
        refused(selectWith(b -> context(b).put("ttl", "30 seconds")), "30000", "context.ttl");
        refused(selectWith(b -> context(b).put("ttl", "P1000Y")), "30000", "context.ttl");
        refused(selectWith(b -> context(b).put("ttl", "PT0S")), "30000", "context.ttl");
        ValidationResult longer = selectWith(b -> context(b).put("ttl", "PT1M"));
        assertTrue(longer.ok());
        assertEquals(List.of("context.ttl"), longer.warnings().stream().map(Problem::path).toList());
    }

    @Test
    void aBrokenStructureIsRefusedWithItsPath() {
        ValidationResult result = selectWith(b -> ((ObjectNode) b.get("message").get("order")).put("items", "not a list"));
        refused(result, "30000", "/message/order/items");
        assertEquals(Problem.JSON_SCHEMA_ERROR, result.firstError().get().type());
    }

    @Test
    void enumCaseExtraFieldsAndUnknownValuesAreWarningsOnly() throws Exception {
        ValidationResult percent = selectWith(b -> ((ObjectNode) b.at("/message/order/payment"))
                .put("@ondc/org/buyer_app_finder_fee_type", "percent").put("@ondc/org/buyer_app_finder_fee_amount", "3"));
        assertEquals(List.of(), percent.problems(), "percent is Percent");

        ValidationResult extra = selectWith(b -> b.put("x_buyer_note", "ring twice"));
        assertTrue(extra.ok());
        assertEquals(1, extra.warnings().size(), extra.warnings().toString());

        ValidationResult unknown = selectWith(b -> ((ObjectNode) b.at("/message/order/payment")).put("type", "ON-SOMETHING-NEW"));
        assertTrue(unknown.ok());
        assertEquals(List.of("/message/order/payment/type"), unknown.warnings().stream().map(Problem::path).toList());
    }

    @Test
    void partCancelUpdatesAndRefundSettlementTypesAreAccepted() throws Exception {
        JsonNode update = Examples.JSON.readTree("""
                {"context":{"domain":"ONDC:RET1A","action":"update","core_version":"1.2.0","bap_id":"buyerNP.com",
                "bap_uri":"https://buyerNP.com/ondc","bpp_id":"sellerNP.com","bpp_uri":"https://sellerNP.com/ondc",
                "transaction_id":"T1","message_id":"M9","city":"std:080","country":"IND","timestamp":"2026-12-01T10:00:00.000Z"},
                "message":{"update_target":"payment","order":{"id":"O1","fulfillments":[{"id":"C1","type":"Cancel"}],
                "payment":{"@ondc/org/settlement_details":[{"settlement_counterparty":"buyer","settlement_phase":"refund",
                "settlement_type":"netbanking","settlement_amount":"170.00","settlement_timestamp":"2026-12-01T10:00:00.000Z"}]}}}}
                """);
        ValidationResult result = VALIDATOR.checkInbound("update", update, NOW);
        assertEquals(List.of(), result.errors());
    }
}
