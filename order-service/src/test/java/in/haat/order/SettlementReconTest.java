package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.SchemaCheck;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * RSF through order-service's consumer with real Kafka events: a collector's /recon agreeing and disputing an order's
 * amounts (answered /on_recon, the settlement pending or disputed), a recon naming orders that are not the collector's
 * (left out, error 70030, nothing changed), and the settlement agency's reports matched (settled) and mismatched (disputed).
 */
@QuarkusTest
class SettlementReconTest extends SettlementTestBase {

    private static final BecknValidator OUTGOING = new BecknValidator(new SchemaCheck(), "haat.localhost", "http://localhost:8080",
            Duration.ofSeconds(30), Duration.ofSeconds(30));

    /** The /on_recon of a recon transaction as the gateway would send it, after ONDC's outgoing checks (RSF schema). */
    JsonNode onRecon(String txn) {
        JsonNode result = result(txn, 1);
        assertEquals("on_recon", result.path("action").asText());
        ObjectNode callback = JSON.createObjectNode();
        ObjectNode context = callback.putObject("context").put("domain", "ONDC:NTS10").put("version", "2.0.0").put("action", "on_recon")
                .put("bap_id", BAP).put("bap_uri", "https://" + BAP + "/rsf").put("bpp_id", "haat.localhost").put("bpp_uri", "http://localhost:8080")
                .put("transaction_id", txn).put("message_id", result.path("request_message_id").asText())
                .put("timestamp", in.haat.order.service.OndcOrders.timestamp(Instant.now()));
        ObjectNode location = context.putObject("location");
        location.putObject("country").put("code", "IND");
        location.putObject("city").put("code", "*");
        callback.set("message", result.path("message"));
        if (!result.path("error").isNull() && !result.path("error").isMissingNode()) {
            callback.set("error", result.path("error"));
        }
        assertEquals(List.of(), OUTGOING.checkOutgoing(callback).problems(), callback.toString());
        return result;
    }

    JsonNode settlement(Confirmed o) {
        return read(given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/settlement").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void anAgreeingReconIsAnsweredWithAccordAndADisputedOneWithOurFigures() {
        Shop shop = newShop();
        Confirmed o = withFinderFee(shop, atta(shop), 2);
        // We reckon: paid 259.60, fee 7.79, withholding 0, TCS and TDS ours (so 0 in the collector's recon), we are owed 251.81.
        String agreed = UUID.randomUUID().toString();
        rsf("recon", agreed, BAP, recon(o.orderId(), "259.60", "251.81", "7.79", "0.00", "0.00", "0.00"));
        JsonNode answer = onRecon(agreed);
        assertTrue(answer.path("error").isNull() || answer.path("error").isMissingNode(), answer.toString());
        JsonNode order = answer.path("message").path("orders").path(0);
        assertEquals(o.orderId(), order.path("id").asText());
        assertTrue(order.path("recon_accord").asBoolean(), order.toString());
        assertEquals("251.81", order.at("/settlements/0/amount/value").asText());
        assertTrue(order.at("/settlements/0/commission/diff_value").isMissingNode());
        JsonNode view = settlement(o);
        assertEquals("pending", view.path("state").asText());
        assertEquals(true, view.at("/recon/answered/recon_accord").asBoolean());
        List<JsonNode> changes = published("haat.order.events", o.orderId(), "order.settlement-changed");
        assertEquals("recon-agreed", changes.get(changes.size() - 1).path("cause").asText());

        // The collector takes 9.00 commission and pays 250.60: disputed, with our figures and the gaps.
        String disputed = UUID.randomUUID().toString();
        rsf("recon", disputed, BAP, recon(o.orderId(), "259.60", "250.60", "9.00", "0.00", "0.00", "0.00"));
        order = onRecon(disputed).path("message").path("orders").path(0);
        assertFalse(order.path("recon_accord").asBoolean(), order.toString());
        assertEquals("7.79", order.at("/settlements/0/commission/value").asText());
        assertEquals("1.21", order.at("/settlements/0/commission/diff_value").asText());
        assertEquals("251.81", order.at("/settlements/0/amount/value").asText());
        assertEquals("1.21", order.at("/settlements/0/amount/diff_value").asText());
        assertTrue(order.at("/amount/diff_value").isMissingNode(), "the order amount agrees");
        given().header("Authorization", o.token()).queryParam("state", "disputed").get("/api/settlements").then().statusCode(200)
                .body("items[0].order_id", equalTo(o.orderId())).body("items[0].reason", containsString("commission 9.00, we reckon 7.79"));
        changes = published("haat.order.events", o.orderId(), "order.settlement-changed");
        JsonNode last = changes.get(changes.size() - 1);
        assertEquals(List.of("disputed", "pending", "recon-disputed"), List.of(last.path("state").asText(), last.path("previous_state").asText(),
                last.path("cause").asText()));

        // Corrected: the dispute is cleared.
        String again = UUID.randomUUID().toString();
        rsf("recon", again, BAP, recon(o.orderId(), "259.60", "251.81", "7.79", "0.00", "0.00", "0.00"));
        assertTrue(onRecon(again).at("/message/orders/0/recon_accord").asBoolean());
        JsonNode cleared = settlement(o);
        assertEquals("pending", cleared.path("state").asText());
        assertTrue(cleared.path("reason").isNull());
    }

    @Test
    void aReconOfOrdersThatAreNotTheCollectorsIsAnsweredWithoutThemAndChangesNothing() {
        Shop shop = newShop();
        Confirmed o = withFinderFee(shop, atta(shop), 1);
        // Another buyer app names our order, and an order that does not exist.
        String txn = UUID.randomUUID().toString();
        ObjectNode message = recon(o.orderId(), "129.80", "125.91", "3.89", "0.00", "0.00", "0.00");
        message.withArray("orders").add(recon("no-such-order", "10.00", "9.00", "1.00", "0.00", "0.00", "0.00").path("orders").path(0));
        rsf("recon", txn, "other.buyer.haat", message);
        JsonNode answer = onRecon(txn);
        assertEquals(0, answer.path("message").path("orders").size(), answer.toString());
        assertEquals("70030", answer.path("error").path("code").asText());
        assertTrue(answer.path("error").path("message").asText().contains(o.orderId()));
        JsonNode view = settlement(o);
        assertEquals("pending", view.path("state").asText());
        assertTrue(view.path("recon").isNull(), "another buyer app's recon changes nothing");

        // The collector's own recon of it and of an unknown order: its order answered, the unknown one named.
        String own = UUID.randomUUID().toString();
        rsf("recon", own, BAP, message);
        answer = onRecon(own);
        assertEquals(1, answer.path("message").path("orders").size());
        assertTrue(answer.at("/message/orders/0/recon_accord").asBoolean(), answer.toString());
        assertEquals("no order of " + BAP + " with id no-such-order", answer.path("error").path("message").asText());

        // A recon with no orders at all is answered too (the gateway's schema check would NACK it first).
        String empty = UUID.randomUUID().toString();
        rsf("recon", empty, BAP, JSON.createObjectNode().putArray("orders"));
        assertEquals("70030", onRecon(empty).path("error").path("code").asText());
    }

    @Test
    void settlementReportsAreMatchedToOrders() {
        Shop shop = newShop();
        UUID item = atta(shop);
        Confirmed matched = withFinderFee(shop, item, 2);
        Confirmed short_ = withFinderFee(shop, item, 2);
        Confirmed unpaid = withFinderFee(shop, item, 1);
        // The agency reports the first paid as we reckon (251.81), the second 250.00, the third not settled; an
        // unknown order and another buyer app's report are passed over.
        rsf("on_report", UUID.randomUUID().toString(), null, report(BAP, "SETTLED",
                Map.of(matched.orderId(), "251.81", short_.orderId(), "250.00", "no-such-order", "1.00")));
        rsf("on_settle", UUID.randomUUID().toString(), null, report(BAP, "NOT_SETTLED", Map.of(unpaid.orderId(), "125.91")));
        rsf("on_report", UUID.randomUUID().toString(), null, report("other.buyer.haat", "SETTLED", Map.of(unpaid.orderId(), "1.00")));
        await().atMost(EVENTUAL).until(() -> settlement(unpaid).path("report").isObject() && "settled".equals(settlement(matched).path("state").asText()));
        JsonNode settled = settlement(matched);
        assertEquals("settled", settled.path("state").asText());
        assertFalse(settled.path("settled_at").isNull());
        assertEquals("SETTLED", settled.at("/report/order/inter_participant/status").asText());
        JsonNode disputed = settlement(short_);
        assertEquals("disputed", disputed.path("state").asText());
        assertTrue(disputed.path("reason").asText().contains("reports 250.00 settled"), disputed.toString());
        assertTrue(disputed.path("reason").asText().contains("we reckon 251.81"), disputed.toString());
        JsonNode pending = settlement(unpaid);
        assertEquals("pending", pending.path("state").asText());
        assertEquals("on_settle", pending.at("/report/action").asText(), "the other buyer app's report did not touch it");
        given().header("Authorization", matched.token()).queryParam("state", "settled").get("/api/settlements").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].order_id", equalTo(matched.orderId()))
                .body("items[0].settled_at", notNullValue()).body("items[0].reason", nullValue());
        // A later report of the right amount settles the disputed one.
        rsf("on_report", UUID.randomUUID().toString(), null, report(BAP, "SETTLED", Map.of(short_.orderId(), "251.81")));
        await().atMost(EVENTUAL).until(() -> "settled".equals(settlement(short_).path("state").asText()));
        assertTrue(settlement(short_).path("reason").isNull());
    }
}
