package in.haat.ondc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.rsf.ReconMessage;
import in.haat.ondc.rsf.SettlementMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RSF 2.0: the collector's /recon to us, our /on_recon, and the settlement agency's /on_report (whose bap we are) are
 * checked against the RSF spec with RSF's context (ONDC:NTS10, version 2.0.0, location); the typed records read them.
 */
class RsfValidationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.000Z");
    private static final BecknValidator VALIDATOR = new BecknValidator(new SchemaCheck(), "sellerNP.com",
            "https://sellerNP.com/ondc", Duration.ofSeconds(5), Duration.ofSeconds(30));

    static final String RECON = """
            {"context":{"domain":"ONDC:NTS10","location":{"country":{"code":"IND"},"city":{"code":"*"}},"version":"2.0.0",
            "action":"recon","bap_id":"buyerNP.com","bap_uri":"https://buyerNP.com/rsf","bpp_id":"sellerNP.com",
            "bpp_uri":"https://sellerNP.com/ondc","transaction_id":"T1","message_id":"M1","timestamp":"2026-12-01T10:00:00.000Z","ttl":"PT30S"},
            "message":{"orders":[{"id":"O1","amount":{"currency":"INR","value":"259.60"},"settlements":[{"id":"S1","payment_id":"P1",
            "status":"PENDING","amount":{"currency":"INR","value":"251.81"},"commission":{"currency":"INR","value":"7.79"},
            "withholding_amount":{"currency":"INR","value":"0.00"},"tcs":{"currency":"INR","value":"0.00"},
            "tds":{"currency":"INR","value":"0.00"},"updated_at":"2026-12-01T09:00:00.000Z"}]}]}}
            """;

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) Examples.JSON.readTree(text);
    }

    @Test
    void aReconIsCheckedAgainstRsf() throws Exception {
        ObjectNode recon = json(RECON);
        assertEquals(List.of(), VALIDATOR.checkInbound("recon", recon, NOW).problems());
        ReconMessage read = OndcJson.read(recon.get("message"), ReconMessage.class);
        assertEquals(new BigDecimal("7.79"), read.orderList().get(0).settlementList().get(0).commission().decimal());

        ObjectNode noOrders = json(RECON);
        ((ObjectNode) noOrders.get("message")).remove("orders");
        assertEquals("/message", VALIDATOR.checkInbound("recon", noOrders, NOW).firstError().orElseThrow().path().substring(0, 8));

        ObjectNode retail = json(RECON);
        ((ObjectNode) retail.get("context")).put("domain", "ONDC:RET10");
        assertEquals("context.domain", VALIDATOR.checkInbound("recon", retail, NOW).firstError().orElseThrow().path());

        ObjectNode old = json(RECON);
        ((ObjectNode) old.get("context")).put("version", "1.0.0");
        assertEquals("context.version", VALIDATOR.checkInbound("recon", old, NOW).firstError().orElseThrow().path());

        ObjectNode notOurs = json(RECON);
        ((ObjectNode) notOurs.get("context")).put("bpp_id", "otherNP.com");
        assertEquals("context.bpp_id", VALIDATOR.checkInbound("recon", notOurs, NOW).firstError().orElseThrow().path());

        ObjectNode badAmount = json(RECON);
        ((ObjectNode) badAmount.at("/message/orders/0/settlements/0")).remove("tcs");
        assertTrue(VALIDATOR.checkInbound("recon", badAmount, NOW).firstError().orElseThrow().message().contains("tcs"));
    }

    @Test
    void ourOnReconPassesTheOutgoingCheck() throws Exception {
        ObjectNode onRecon = json(RECON);
        ((ObjectNode) onRecon.get("context")).put("action", "on_recon");
        ObjectNode order = (ObjectNode) onRecon.at("/message/orders/0");
        order.put("recon_accord", false);
        ((ObjectNode) order.at("/settlements/0/commission")).put("diff_value", "0.21");
        assertEquals(List.of(), VALIDATOR.checkOutgoing(onRecon).problems());
        order.remove("recon_accord");
        assertTrue(VALIDATOR.checkOutgoing(onRecon).firstError().isPresent(), "recon_accord is required");
    }

    @Test
    void aReportIsAnAnswerToUsAsItsBap() throws Exception {
        ObjectNode report = json("""
                {"context":{"domain":"ONDC:NTS10","location":{"country":{"code":"IND"},"city":{"code":"*"}},"version":"2.0.0",
                "action":"on_report","bap_id":"sellerNP.com","bap_uri":"https://sellerNP.com/ondc","bpp_id":"sa.example.in",
                "bpp_uri":"https://sa.example.in/rsf","transaction_id":"T2","message_id":"M2","timestamp":"2026-12-01T10:00:00.000Z"},
                "message":{"collector_app_id":"buyerNP.com","receiver_app_id":"sellerNP.com","settlement":{"type":"NP-NP","id":"ST1",
                "orders":[{"id":"O1","inter_participant":{"amount":{"currency":"INR","value":"251.81"},"status":"SETTLED","reference_no":"UTR1"}}]}}}
                """);
        assertEquals(List.of(), VALIDATOR.checkInbound("on_report", report, NOW).problems());
        SettlementMessage read = OndcJson.read(report.get("message"), SettlementMessage.class);
        assertEquals("SETTLED", read.orderList().get(0).interParticipant().status());
        ((ObjectNode) report.get("context")).put("bap_id", "buyerNP.com");
        assertEquals("context.bap_id", VALIDATOR.checkInbound("on_report", report, NOW).firstError().orElseThrow().path());
    }
}
