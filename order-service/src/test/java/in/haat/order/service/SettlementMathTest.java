package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.order.config.SettlementConfig.TaxWithholder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settlement arithmetic: finder fee as percent and amount, withholding, TCS/TDS by who withholds, refunds, net, due dates. */
class SettlementMathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SettlementMath.Taxes BY_US = new SettlementMath.Taxes(new BigDecimal("0.01"), new BigDecimal("0.01"), TaxWithholder.SELLER_APP);

    private static SettlementTerms terms(String json) throws Exception {
        return SettlementTerms.of(JSON.readTree(json));
    }

    private static SettlementMath.Order order(String value, String refunded, String tax) {
        return new SettlementMath.Order(new BigDecimal(value), new BigDecimal(refunded), new BigDecimal(tax));
    }

    /** fee, withholding, tcs, tds, collector pays, net */
    private static List<String> figures(SettlementMath.Amounts a) {
        return List.of(a.finderFee(), a.withholding(), a.tcs(), a.tds(), a.collectorPays(), a.net()).stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void percentFeeWithholdingAndTaxesWithheldByUs() throws Exception {
        SettlementTerms t = terms("""
                {"collected_by": "BAP", "@ondc/org/buyer_app_finder_fee_type": "percent", "@ondc/org/buyer_app_finder_fee_amount": "3",
                 "@ondc/org/withholding_amount": "10.00", "@ondc/org/settlement_basis": "delivery", "@ondc/org/settlement_window": "P1D",
                 "@ondc/org/settlement_details": [{"settlement_type": "upi"}]}""");
        assertTrue(t.finderFeePercent());
        assertEquals("upi", t.settlementType());
        SettlementMath.Amounts a = SettlementMath.amounts(order("1000.00", "0", "0"), t, BY_US);
        // 3% of 1000 = 30; 1% TCS and 1% TDS of 1000 = 10 each; the collector pays 1000 - 30 - 10 = 960, the seller gets 940.
        assertEquals(List.of("30.00", "10.00", "10.00", "10.00", "960.00", "940.00"), figures(a));
        assertEquals("1000.00", a.paid().toPlainString());
    }

    @Test
    void amountFeeIsAsAgreed() throws Exception {
        SettlementTerms t = terms("""
                {"@ondc/org/buyer_app_finder_fee_type": "Amount", "@ondc/org/buyer_app_finder_fee_amount": "25.5"}""");
        assertFalse(t.finderFeePercent());
        SettlementMath.Amounts a = SettlementMath.amounts(order("1000.00", "0", "0"), t, BY_US);
        assertEquals(List.of("25.50", "0.00", "10.00", "10.00", "974.50", "954.50"), figures(a));
    }

    @Test
    void refundsAndGstComeOffBeforeFeesAndTaxes() throws Exception {
        // Two units of 110.00 + 18% GST (259.60); one cancelled (129.80 refunded); the quote left has 19.80 GST.
        SettlementTerms t = terms("""
                {"@ondc/org/buyer_app_finder_fee_type": "Percent", "@ondc/org/buyer_app_finder_fee_amount": "3"}""");
        SettlementMath.Amounts a = SettlementMath.amounts(order("259.60", "129.80", "19.80"), t, BY_US);
        assertEquals("129.80", a.paid().toPlainString());
        assertEquals("110.00", a.taxable().toPlainString());
        // 3% of 129.80 = 3.894 -> 3.89; TCS and TDS 1% of 110.00 = 1.10; 129.80 - 3.89 = 125.91; less 2.20 = 123.71.
        assertEquals(List.of("3.89", "0.00", "1.10", "1.10", "125.91", "123.71"), figures(a));
    }

    @Test
    void whoWithholdsTheTaxes() throws Exception {
        SettlementTerms t = terms("""
                {"@ondc/org/buyer_app_finder_fee_type": "percent", "@ondc/org/buyer_app_finder_fee_amount": "3", "@ondc/org/withholding_amount": "10"}""");
        SettlementMath.Amounts collector = SettlementMath.amounts(order("1000.00", "0", "0"), t,
                new SettlementMath.Taxes(new BigDecimal("0.01"), new BigDecimal("0.001"), TaxWithholder.COLLECTOR));
        // The collector keeps TCS 10.00 and TDS 1.00 itself: it pays us what the seller gets.
        assertEquals(List.of("30.00", "10.00", "10.00", "1.00", "949.00", "949.00"), figures(collector));
        SettlementMath.Amounts none = SettlementMath.amounts(order("1000.00", "0", "0"), t,
                new SettlementMath.Taxes(new BigDecimal("0.01"), new BigDecimal("0.01"), TaxWithholder.NONE));
        assertEquals(List.of("30.00", "10.00", "0.00", "0.00", "960.00", "960.00"), figures(none));
    }

    @Test
    void aWhollyRefundedOrderOwesNothingAndNoTermTakesMoreThanIsLeft() throws Exception {
        SettlementTerms t = terms("""
                {"@ondc/org/buyer_app_finder_fee_type": "amount", "@ondc/org/buyer_app_finder_fee_amount": "50", "@ondc/org/withholding_amount": "100"}""");
        assertEquals(List.of("0.00", "0.00", "0.00", "0.00", "0.00", "0.00"), figures(SettlementMath.amounts(order("259.60", "259.60", "0"), t, BY_US)));
        // 80.00 paid: the fee takes 50, the withholding the 30 left, not 100.
        assertEquals(List.of("50.00", "30.00", "0.80", "0.80", "0.00", "0.00"), figures(SettlementMath.amounts(order("80.00", "0", "0"), t, BY_US)));
    }

    @Test
    void badOrMissingTermsNeverMakeMoneyUp() throws Exception {
        SettlementTerms t = terms("""
                {"@ondc/org/buyer_app_finder_fee_amount": "three", "@ondc/org/withholding_amount": "-5", "@ondc/org/settlement_window": "forever"}""");
        assertEquals(BigDecimal.ZERO, t.finderFee());
        assertEquals(BigDecimal.ZERO, t.withholding());
        assertEquals(Duration.ofDays(1), t.window());
        assertEquals("BAP", t.collector());
        assertEquals("delivery", t.basis());
    }

    @Test
    void termsAsPaymentTags() throws Exception {
        SettlementTerms t = terms("""
                {"collected_by": "BPP", "tags": [
                  {"descriptor": {"code": "BUYER_FINDER_FEES"}, "list": []},
                  {"descriptor": {"code": "BUYER_FINDER_FEE"}, "list": [{"descriptor": {"code": "BUYER_FINDER_FEES_TYPE"}, "value": "percent-annualized"},
                    {"descriptor": {"code": "BUYER_FINDER_FEES_PERCENTAGE"}, "value": "2"}]},
                  {"descriptor": {"code": "SETTLEMENT_TERMS"}, "list": [{"descriptor": {"code": "SETTLEMENT_WINDOW"}, "value": "PT48H"},
                    {"descriptor": {"code": "SETTLEMENT_BASIS"}, "value": "SHIPMENT"}, {"descriptor": {"code": "WITHHOLDING_AMOUNT"}, "value": "5.00"},
                    {"descriptor": {"code": "SETTLEMENT_TYPE"}, "value": "neft"}]}]}""");
        assertEquals("BPP", t.collector());
        assertTrue(t.finderFeePercent());
        assertEquals(new BigDecimal("2"), t.finderFee());
        assertEquals(new BigDecimal("5.00"), t.withholding());
        assertEquals("shipment", t.basis());
        assertEquals(Duration.ofHours(48), t.window());
        assertEquals("neft", t.settlementType());
    }

    @Test
    void dueDateFromBasisAndWindow() throws Exception {
        Instant picked = Instant.parse("2026-12-01T10:00:00Z");
        Instant delivered = Instant.parse("2026-12-02T10:00:00Z");
        Duration week = Duration.ofDays(7);
        JsonNode delivery = JSON.readTree("{\"@ondc/org/settlement_basis\": \"delivery\", \"@ondc/org/settlement_window\": \"P1D\"}");
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), SettlementMath.dueAt(SettlementTerms.of(delivery), picked, delivered, week));
        assertNull(SettlementMath.dueAt(SettlementTerms.of(delivery), picked, null, week), "not delivered yet: not due yet");
        SettlementTerms shipment = terms("{\"@ondc/org/settlement_basis\": \"shipment\", \"@ondc/org/settlement_window\": \"PT48H\"}");
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), SettlementMath.dueAt(shipment, picked, null, week));
        SettlementTerms returns = terms("{\"@ondc/org/settlement_basis\": \"return_window_expiry\", \"@ondc/org/settlement_window\": \"P2D\"}");
        assertEquals(Instant.parse("2026-12-11T10:00:00Z"), SettlementMath.dueAt(returns, picked, delivered, week));
        SettlementTerms ownWindow = terms("""
                {"@ondc/org/settlement_basis": "return_window_expiry", "@ondc/org/settlement_window": "P2D", "@ondc/org/return_window": "P3D"}""");
        assertEquals(Instant.parse("2026-12-07T10:00:00Z"), SettlementMath.dueAt(ownWindow, picked, delivered, week));
    }
}
