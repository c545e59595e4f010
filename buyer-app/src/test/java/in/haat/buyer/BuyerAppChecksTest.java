package in.haat.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.validation.SchemaCheck;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The buyer app's own checks, on ONDC's published signing vector and on hand-made callbacks that must fail. */
class BuyerAppChecksTest {

    private static final String VECTOR_BODY = "{\"context\":{\"domain\":\"nic2004:60212\",\"country\":\"IND\",\"city\":\"Kochi\",\"action\":\"search\",\"core_version\":\"0.9.1\",\"bap_id\":\"bap.stayhalo.in\",\"bap_uri\":\"https://8f9f-49-207-209-131.ngrok.io/protocol/\",\"transaction_id\":\"e6d9f908-1d26-4ff3-a6d1-3af3d3721054\",\"message_id\":\"a2fe6d52-9fe4-4d1a-9d0b-dccb8b48522d\",\"timestamp\":\"2022-01-04T09:17:55.971Z\",\"ttl\":\"P1M\"},\"message\":{\"intent\":{\"fulfillment\":{\"start\":{\"location\":{\"gps\":\"10.108768, 76.347517\"}},\"end\":{\"location\":{\"gps\":\"10.102997, 76.353480\"}}}}}}";
    private static final String PUBLIC_KEY = "awGPjRK6i/Vg/lWr+0xObclVxlwZXvTjWYtlu6NeOHk=";

    @Test
    void signsAsOndcsPublishedVector() {
        byte[] body = VECTOR_BODY.getBytes(StandardCharsets.UTF_8);
        assertEquals("b6lf6lRgOweajukcvcLsagQ2T60+85kRh/Rd2bdS+TG/5ALebOEgDJfyCrre/1+BMu5nA94o4DT3pTFXuUg7sw==", BecknSignature.digest(body));
        String header = BecknSignature.authorization("bap.stayhalo.in", "k1", BuyerIdentity.DEMO.key(), body, 1641287875, 1641291475);
        assertTrue(header.endsWith("signature=\"cjbhP0PFyrlSCNszJM1F/YmHDVAWsZqJUPzojnE/7TJU3fJ/rmIlgaUHEr5E0/2PIyf0tpSnWtT6cyNNlpmoAQ==\""), header);
        assertEquals("buyer.haat.localhost|demo-buyer-1|" + PUBLIC_KEY, BuyerIdentity.DEMO.knownSubscriberEntry());
    }

    @Test
    void verifiesOnlyTheSignedBytesByTheRegisteredKey() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String header = BecknSignature.authorization("seller.example", "k1", BuyerIdentity.DEMO.key(), body, now, now + 60);
        assertEquals(Optional.empty(), BecknSignature.problem(header, body, "seller.example", "k1", PUBLIC_KEY, now));
        assertTrue(BecknSignature.problem(header, "{\"a\":2}".getBytes(StandardCharsets.UTF_8), "seller.example", "k1", PUBLIC_KEY, now).isPresent());
        assertTrue(BecknSignature.problem(header, body, "seller.example", "k2", PUBLIC_KEY, now).isPresent());
        assertTrue(BecknSignature.problem(header, body, "seller.example", "k1", PUBLIC_KEY, now + 120).isPresent());
        assertTrue(BecknSignature.problem(null, body, "seller.example", "k1", PUBLIC_KEY, now).isPresent());
    }

    @Test
    void quoteArithmeticCatchesBadSumsAndItemLines() throws Exception {
        CallbackChecks checks = new CallbackChecks(new SchemaCheck(), "buyer", "http://buyer");
        Transaction transaction = new Transaction("ONDC:RET10", "std:080", "1.2.0");
        transaction.offered("I1", "55.00");
        assertTrue(checks.quote(transaction, quote("120.00", "110.00", "10.00", 2)).orElseThrow().passed());
        Check badSum = checks.quote(new Transaction("ONDC:RET10", "std:080", "1.2.0"), quote("121.00", "110.00", "10.00", 2)).orElseThrow();
        assertFalse(badSum.passed());
        assertTrue(badSum.detail().contains("breakup sums to 120"), badSum.detail());
        Check badLine = checks.quote(new Transaction("ONDC:RET10", "std:080", "1.2.0"), quote("120.00", "110.00", "10.00", 3)).orElseThrow();
        assertFalse(badLine.passed(), badLine.detail());
        assertTrue(checks.quote(transaction, BuyerApp.JSON.missingNode()).isEmpty());
    }

    @Test
    void anOnCancelQuoteIsTheEarlierOneLessItsQuoteTrail() throws Exception {
        CallbackChecks checks = new CallbackChecks(new SchemaCheck(), "buyer", "http://buyer");
        Transaction transaction = new Transaction("ONDC:RET10", "std:080", "1.2.0");
        assertTrue(checks.quote(transaction, quote("120.00", "110.00", "10.00", 2)).orElseThrow().passed());
        JsonNode order = BuyerApp.JSON.readTree("""
                {"state": "Cancelled", "cancellation": {"cancelled_by": "buyer", "reason": {"id": "006", "state": "Pending"}},
                 "fulfillments": [{"id": "1", "type": "Delivery", "state": {"descriptor": {"code": "Cancelled"}}},
                  {"id": "C1", "type": "Cancel", "state": {"descriptor": {"code": "Cancelled"}}, "tags": [
                   {"code": "cancel_request", "list": [{"code": "reason_id", "value": "006"}, {"code": "initiated_by", "value": "buyer"}]},
                   {"code": "quote_trail", "list": [{"code": "type", "value": "item"}, {"code": "id", "value": "I1"},
                    {"code": "currency", "value": "INR"}, {"code": "value", "value": "-110.00"}]}]}]}
                """);
        assertEquals(0, CallbackChecks.refunded(order).compareTo(new BigDecimal("-110.00")));
        Check refunded = checks.quote(transaction, quote("10.00", "0.00", "10.00", 0), BuyerApp.JSON.createArrayNode(), CallbackChecks.refunded(order))
                .orElseThrow();
        assertTrue(refunded.passed(), refunded.detail());
        Check unexplained = checks.quote(transaction, quote("0.00", "0.00", "0.00", 0), BuyerApp.JSON.createArrayNode(), CallbackChecks.refunded(order))
                .orElseThrow();
        assertFalse(unexplained.passed(), "10.00 gone without a trail");
        assertTrue(CancelJourney.cancelled(order, "006", "buyer").stream().allMatch(Check::passed));
        assertFalse(CancelJourney.cancelled(order, "006", "another-buyer").stream().allMatch(Check::passed));
    }

    @Test
    void aCallbackIsCheckedAgainstTheOfficialSchemaAndItsTransaction() throws Exception {
        SchemaCheck schemas = new SchemaCheck();
        CallbackChecks checks = new CallbackChecks(schemas, "buyer.haat.localhost", "http://localhost:1/buyer.haat.localhost");
        Transaction transaction = new Transaction("ONDC:RET10", "std:080", "1.2.0");
        transaction.sent("m-1");
        RegistryEntry seller = new RegistryEntry("haat.localhost", "http://localhost:8080", "k1", PUBLIC_KEY);
        Map<String, Object> context = new java.util.LinkedHashMap<>(Map.of("domain", "ONDC:RET10", "country", "IND", "city", "std:080",
                "action", "on_status", "core_version", "1.2.0", "bap_id", "buyer.haat.localhost",
                "bap_uri", "http://localhost:1/buyer.haat.localhost", "bpp_id", "haat.localhost", "bpp_uri", "http://localhost:8080",
                "transaction_id", transaction.id()));
        context.put("message_id", "m-1");
        context.put("timestamp", "2026-12-01T10:00:00.000Z");
        byte[] raw = BuyerApp.JSON.writeValueAsBytes(Map.of("context", context, "message", Map.of("order", Map.of("id", 42))));
        long now = Instant.now().getEpochSecond();
        Callback callback = new Callback("on_status", BecknSignature.authorization("haat.localhost", "k1", BuyerIdentity.DEMO.key(), raw, now, now + 60),
                raw, BuyerApp.JSON.readTree(raw), Instant.now(), System.nanoTime());

        CheckedCallback solicited = checks.check(transaction, seller, callback, "on_status", "m-1");
        assertTrue(named(solicited, "signature").passed());
        assertTrue(named(solicited, "context").passed(), named(solicited, "context").detail());
        assertTrue(named(solicited, "message_id echoed").passed());
        assertFalse(named(solicited, "schema").passed(), "order.id must be a string");

        // The same message again, as if unsolicited: its message_id is not fresh and its timestamp not later.
        CheckedCallback again = checks.check(transaction, seller, callback, "on_status", null);
        assertFalse(named(again, "message_id fresh").passed());
        assertFalse(named(again, "timestamp increasing").passed());
    }

    private static Check named(CheckedCallback callback, String name) {
        return callback.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aLaterCallbackCountsOnlyTheRefundsSinceThePreviousQuote() throws Exception {
        CallbackChecks checks = new CallbackChecks(new SchemaCheck(), "buyer", "http://buyer");
        Transaction transaction = new Transaction("ONDC:RET10", "std:080", "1.2.0");
        assertTrue(checks.quote(transaction, quote("120.00", "110.00", "10.00", 2)).orElseThrow().passed());
        // A part-cancel of one unit (-55.00 in its trail), then a later callback with the same trail and the same quote.
        BigDecimal trail = new BigDecimal("-55.00");
        Check partCancel = checks.quote(transaction, quote("65.00", "55.00", "10.00", 1), BuyerApp.JSON.createArrayNode(), trail).orElseThrow();
        assertTrue(partCancel.passed(), partCancel.detail());
        Check later = checks.quote(transaction, quote("65.00", "55.00", "10.00", 1), BuyerApp.JSON.createArrayNode(), trail).orElseThrow();
        assertTrue(later.passed(), "nothing refunded since: " + later.detail());
        Check dropped = checks.quote(transaction, quote("10.00", "0.00", "10.00", 0), BuyerApp.JSON.createArrayNode(), trail).orElseThrow();
        assertFalse(dropped.passed(), "55.00 gone with no new trail");
    }

    private static JsonNode quote(String total, String itemLine, String delivery, int count) throws Exception {
        return BuyerApp.JSON.readTree("""
                {"price": {"currency": "INR", "value": "%s"}, "breakup": [
                  {"@ondc/org/item_id": "I1", "@ondc/org/item_quantity": {"count": %d}, "title": "Dosa", "@ondc/org/title_type": "item",
                   "price": {"currency": "INR", "value": "%s"}, "item": {"price": {"currency": "INR", "value": "55.00"}}},
                  {"@ondc/org/item_id": "1", "title": "Delivery", "@ondc/org/title_type": "delivery",
                   "price": {"currency": "INR", "value": "%s"}}]}
                """.formatted(total, count, itemLine, delivery));
    }
}
