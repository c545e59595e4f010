package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.ondc.rsf.Amount;
import in.haat.ondc.rsf.ReconOrder;
import in.haat.ondc.rsf.ReconSettlement;
import in.haat.order.config.SettlementConfig.TaxWithholder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our /on_recon answer to one order: agreement to the paisa, our figures and gaps, parts compared in total, taxes by who withholds. */
class ReconAnswersTest {

    /** Paid 1000.00: fee 30.00, withholding 10.00, TCS and TDS 10.00 each; the collector pays 960.00 (940.00 if it withholds the taxes). */
    private static SettlementMath.Amounts ours(TaxWithholder by) {
        BigDecimal tcs = new BigDecimal("10.00");
        BigDecimal collectorPays = by == TaxWithholder.COLLECTOR ? new BigDecimal("940.00") : new BigDecimal("960.00");
        return new SettlementMath.Amounts(new BigDecimal("1000.00"), new BigDecimal("0.00"), new BigDecimal("1000.00"), new BigDecimal("1000.00"),
                new BigDecimal("30.00"), new BigDecimal("10.00"), tcs, tcs, collectorPays, new BigDecimal("940.00"));
    }

    private static ReconSettlement part(String id, String... values) {
        return new ReconSettlement(id, "P1", "PENDING", inr(values[0]), inr(values[1]), inr(values[2]), inr(values[3]), inr(values[4]),
                null, "2026-12-01T09:00:00.000Z");
    }

    private static Amount inr(String value) {
        return value == null ? null : new Amount("INR", value, null);
    }

    private static ReconOrder asked(String amount, ReconSettlement... parts) {
        return new ReconOrder("O1", inr(amount), null, Arrays.asList(parts));
    }

    @Test
    void agreementToThePaisaEchoesTheFiguresWithoutGaps() {
        ReconAnswers.Answer a = ReconAnswers.answer(asked("1000.00", part("S1", "960.00", "30.00", "10.00", "0.00", "0.00")),
                ours(TaxWithholder.SELLER_APP), TaxWithholder.SELLER_APP);
        assertTrue(a.accord());
        assertTrue(a.order().reconAccord());
        assertNull(a.reason());
        assertEquals(new Amount("INR", "960.00", null), a.order().settlements().get(0).amount());
        assertEquals("1000.00", a.order().amount().value());
    }

    @Test
    void aDisagreementAnswersOurFiguresAndTheGaps() {
        ReconAnswers.Answer a = ReconAnswers.answer(asked("999.99", part("S1", "959.995", "30.005", "10.00", "0.00", "0.00")),
                ours(TaxWithholder.SELLER_APP), TaxWithholder.SELLER_APP);
        assertFalse(a.accord());
        assertFalse(a.order().reconAccord());
        ReconSettlement answered = a.order().settlements().get(0);
        assertEquals(new Amount("INR", "960.00", "0.01"), answered.amount(), "a gap under a paisa is still a gap, rounded up");
        assertEquals(new Amount("INR", "30.00", "0.01"), answered.commission());
        assertEquals(new Amount("INR", "1000.00", "0.01"), a.order().amount());
        assertTrue(a.reason().contains("order amount 999.99, we reckon 1000.00"), a.reason());
        assertTrue(a.reason().contains("commission 30.005, we reckon 30.00"), a.reason());
    }

    @Test
    void taxesAreComparedWithOursOnlyWhenTheCollectorWithholdsThem() {
        ReconSettlement withTaxes = part("S1", "940.00", "30.00", "10.00", "10.00", "10.00");
        assertTrue(ReconAnswers.answer(asked("1000.00", withTaxes), ours(TaxWithholder.COLLECTOR), TaxWithholder.COLLECTOR).accord());
        ReconAnswers.Answer notTheirs = ReconAnswers.answer(asked("1000.00", withTaxes), ours(TaxWithholder.SELLER_APP), TaxWithholder.SELLER_APP);
        assertFalse(notTheirs.accord());
        assertEquals(new Amount("INR", "0.00", "10.00"), notTheirs.order().settlements().get(0).tcs());
    }

    @Test
    void partsAreComparedInTotal() {
        ReconAnswers.Answer a = ReconAnswers.answer(asked("1000.00", part("S1", "500.00", "15.00", "10.00", "0.00", "0.00"),
                part("S2", "460.00", "15.00", "0.00", "0.00", "0.00")), ours(TaxWithholder.SELLER_APP), TaxWithholder.SELLER_APP);
        assertTrue(a.accord(), a.reason());
        ReconAnswers.Answer short_ = ReconAnswers.answer(asked("1000.00", part("S1", "500.00", "15.00", "10.00", "0.00", "0.00"),
                part("S2", "450.00", "15.00", "0.00", "0.00", "0.00")), ours(TaxWithholder.SELLER_APP), TaxWithholder.SELLER_APP);
        assertFalse(short_.accord());
        // Ours for S2: 960.00 less S1's 500.00.
        assertEquals(new Amount("INR", "460.00", "10.00"), short_.order().settlements().get(1).amount());
    }

    @Test
    void missingOrHostileAmountsAreDisagreementsNeverFailures() {
        ReconAnswers.Answer a = ReconAnswers.answer(asked("1e999999", part("S1", null, "abc", "10.00", "0.00", "0.00")),
                ours(TaxWithholder.SELLER_APP), TaxWithholder.SELLER_APP);
        assertFalse(a.accord());
        assertTrue(a.reason().contains("order amount missing or not an amount"), a.reason());
        assertEquals(new Amount("INR", "960.00", "960.00"), a.order().settlements().get(0).amount());
        ReconAnswers.Answer none = ReconAnswers.answer(new ReconOrder("O1", inr("1000.00"), null, null), ours(TaxWithholder.SELLER_APP),
                TaxWithholder.SELLER_APP);
        assertFalse(none.accord());
        assertEquals(List.of(), none.order().settlements());
        assertTrue(none.reason().contains("no settlement stated"));
    }
}
