package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The GST arithmetic of a line: within and across states, exclusive and inclusive prices, rounding to the paisa. */
class GstMathTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String show(GstMath.Amounts a) {
        return a.taxable() + " " + a.cgst() + " " + a.sgst() + " " + a.igst() + " = " + a.total();
    }

    @Test
    void anExclusivePriceIsTheTaxableValueAndItsTaxLineSplitsInHalvesWithinAState() {
        assertEquals("330.00 29.70 29.70 0.00 = 389.40", show(GstMath.item(d("330.00"), d("59.40"), d("18"), false)));
    }

    @Test
    void acrossStatesTheWholeTaxIsIgst() {
        assertEquals("330.00 0.00 0.00 59.40 = 389.40", show(GstMath.item(d("330.00"), d("59.40"), d("18"), true)));
    }

    @Test
    void anOddPaisaOfTaxGoesToCgstAndSgstTakesTheRestSoTheyAddUp() {
        // 19.81 / 2 = 9.905: CGST 9.91 (half up), SGST 9.90; together exactly the quote's tax.
        assertEquals("110.05 9.91 9.90 0.00 = 129.86", show(GstMath.item(d("110.05"), d("19.81"), d("18"), false)));
    }

    @Test
    void anInclusivePriceIsSplitSoTaxableAndTaxAddUpToIt() {
        // 110 * 100 / 118 = 93.2203...: taxable 93.22, tax 16.78 (the rest), halves 8.39 + 8.39.
        assertEquals("93.22 8.39 8.39 0.00 = 110.00", show(GstMath.item(d("110.00"), d("0.00"), d("18"), false)));
        assertEquals("93.22 0.00 0.00 16.78 = 110.00", show(GstMath.item(d("110.00"), d("0.00"), d("18"), true)));
        // 99.99 at 5%: 95.2286 -> 95.23, tax 4.76 -> CGST 2.38, SGST 2.38.
        assertEquals("95.23 2.38 2.38 0.00 = 99.99", show(GstMath.item(d("99.99"), d("0.00"), d("5"), false)));
        // 100 at 12%: 89.2857 -> 89.29, tax 10.71 -> CGST 5.36 (5.355 half up), SGST 5.35.
        assertEquals("89.29 5.36 5.35 0.00 = 100.00", show(GstMath.item(d("100.00"), d("0.00"), d("12"), false)));
    }

    @Test
    void anUntaxedLineAndAChargeAreAllTaxableValue() {
        assertEquals("50.00 0.00 0.00 0.00 = 50.00", show(GstMath.item(d("50"), d("0"), d("0"), false)));
        assertEquals("25.00 0.00 0.00 0.00 = 25.00", show(GstMath.charge(d("25"))));
    }

    @Test
    void aCreditIsTheLinesAmountsBeforeLessAfterSoCreditsNeverDriftFromTheInvoice() {
        // 3 units inclusive at 18%: the invoice line 330.00; one unit returned leaves 220.00.
        GstMath.Amounts before = GstMath.item(d("330.00"), d("0"), d("18"), false);
        GstMath.Amounts after = GstMath.item(d("220.00"), d("0"), d("18"), false);
        GstMath.Amounts credit = before.minus(after);
        assertEquals("93.22 8.39 8.39 0.00 = 110.00", show(credit));
        assertEquals(before.total(), after.plus(credit).total());
        assertEquals(before.taxable(), after.taxable().add(credit.taxable()));
    }

    @Test
    void theRateIsTheOneKeptElseTheQuotesTaxOverThePrice() {
        assertEquals("18", GstMath.rate(d("18.00"), d("100"), d("18")).toPlainString());
        assertEquals("18", GstMath.rate(null, d("220.00"), d("39.60")).toPlainString());
        assertEquals("0", GstMath.rate(null, d("220.00"), d("0")).toPlainString());
    }

    @Test
    void theFinancialYearRunsAprilToMarchInIndianTime() {
        assertEquals("2026-27", FinancialYear.of(Instant.parse("2026-04-01T00:00:00+05:30")).label());
        assertEquals("2025-26", FinancialYear.of(Instant.parse("2026-03-31T18:29:59Z")).label(), "23:59:59 IST on 31 March");
        assertEquals("2026-27", FinancialYear.of(Instant.parse("2026-03-31T18:30:00Z")).label(), "00:00 IST on 1 April");
        assertEquals("INV/26-27/000042", new FinancialYear(2026).number("INV", 42));
        assertEquals("CN/99-00/000001", new FinancialYear(2099).number("CN", 1));
    }

    @Test
    void statesAreKnownByNameAndByGstin() {
        assertEquals("29", GstStates.code("KARNATAKA"));
        assertEquals("29", GstStates.codeOfGstin("29AAACC1206D1ZM"));
        assertEquals("35", GstStates.code("Andaman & Nicobar Islands"));
        assertEquals("Maharashtra", GstStates.name("27"));
        assertEquals(null, GstStates.code("Atlantis"));
    }
}
