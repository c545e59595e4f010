package in.haat.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import in.haat.catalogue.mapping.GstSplit;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The GST split's arithmetic: half-up to the paisa, and an inclusive price always equals taxable + tax. */
class GstSplitTest {

    @Test
    void exclusivePriceIsTheTaxableValueAndTaxComesOnTop() {
        assertSplit("110", "18", true, "110.00", "19.80");
        assertSplit("99.99", "5", true, "99.99", "5.00"); // 4.9995 rounds half up
        assertSplit("0.05", "12", true, "0.05", "0.01"); // 0.006
        assertSplit("0.04", "12", true, "0.04", "0.00"); // 0.0048
        assertSplit("250", "0", true, "250.00", "0.00");
        assertSplit("1000", "28", true, "1000.00", "280.00");
        assertSplit("10.10", "2.5", true, "10.10", "0.25"); // 0.2525
        assertSplit("0.25", "18", true, "0.25", "0.05"); // exactly 0.045: half up, not half even (0.04)
    }

    @Test
    void inclusivePriceHoldsBothAndTheTaxIsTheRest() {
        assertSplit("110", "18", false, "93.22", "16.78"); // 93.2203...
        assertSplit("100", "18", false, "84.75", "15.25"); // 84.7457...
        assertSplit("1", "28", false, "0.78", "0.22"); // 0.78125
        assertSplit("105", "5", false, "100.00", "5.00");
        assertSplit("99.99", "5", false, "95.23", "4.76"); // 95.2285...
        assertSplit("250", "0", false, "250.00", "0.00");
        assertSplit("0.01", "18", false, "0.01", "0.00"); // 0.00847 -> 0.01: a paisa cannot be split
        assertSplit("2.25", "12.5", false, "2.00", "0.25");
    }

    @Test
    void anInclusiveSplitAddsUpToThePriceForEveryPriceAndRate() {
        Random random = new Random(42);
        String[] rates = { "0", "0.25", "3", "5", "12", "18", "28", "40" };
        for (int i = 0; i < 20_000; i++) {
            BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2);
            BigDecimal rate = new BigDecimal(rates[random.nextInt(rates.length)]);
            GstSplit split = GstSplit.of(price, rate, false);
            assertEquals(0, split.taxableValue().add(split.taxValue()).compareTo(price), price + " at " + rate);
            assertEquals(2, split.taxableValue().scale());
            assertEquals(2, split.taxValue().scale());
        }
    }

    @Test
    void noSplitWithoutAPriceOrAValidRate() {
        assertNull(GstSplit.of(null, BigDecimal.TEN, true));
        assertNull(GstSplit.of(BigDecimal.TEN, null, false));
        assertNull(GstSplit.of(BigDecimal.TEN, new BigDecimal("-100"), false)); // would divide by zero
        assertNull(GstSplit.of(BigDecimal.TEN, new BigDecimal("101"), false));
    }

    private static void assertSplit(String price, String rate, boolean exclusive, String taxable, String tax) {
        GstSplit split = GstSplit.of(new BigDecimal(price), new BigDecimal(rate), exclusive);
        assertEquals(new BigDecimal(taxable), split.taxableValue(), price + " at " + rate + "% taxable");
        assertEquals(new BigDecimal(tax), split.taxValue(), price + " at " + rate + "% tax");
    }
}
