package in.haat.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The price rules: amounts in paise, not above MRP, the GST flag either way, and the GST rates' split. */
class PriceRulesTest {

    private static final String F = "catalogue_item_details.price";

    @Test
    void aPriceWithAnEvenCgstSgstSplitPasses() {
        List<Reason> reasons = new ArrayList<>();
        CatalogueItemDocument.Price price = PriceRules.price(price(true, null, "60", "55", "2.5", "2.5", null, "5"), F, reasons);
        assertEquals(List.of(), reasons);
        assertTrue(price.exclusiveOfGst());
        assertEquals(new BigDecimal("55"), price.sellingPrice());
        assertEquals(new BigDecimal("5"), price.totalTaxRate());
    }

    @Test
    void igstAlonePassesAndTheGuidesInclusiveFlagIsReadTheOtherWayRound() {
        List<Reason> reasons = new ArrayList<>();
        CatalogueItemDocument.Price price = PriceRules.price(price(null, true, "100", "100", null, null, "18", "18"), F, reasons);
        assertEquals(List.of(), reasons);
        assertFalse(price.exclusiveOfGst());
    }

    @Test
    void cgstAndSgstMustBeEqualAndBothPresent() {
        assertEquals(Map.of(F + ".sgst_tax_rate", "must equal cgst_tax_rate (GST splits evenly between them)"),
                check(price(true, null, "60", "55", "3", "2", null, "5")));
        assertEquals(Map.of(F + ".total_tax_rate", "must equal sgst_tax_rate + cgst_tax_rate + igst_tax_rate (2.5)",
                F + ".sgst_tax_rate", "must equal cgst_tax_rate (GST splits evenly between them)"),
                check(price(true, null, "60", "55", "2.5", null, null, "5")));
    }

    @Test
    void igstCannotBeCombinedWithCgstOrSgst() {
        assertEquals(Map.of(F + ".igst_tax_rate", "cannot be combined with sgst_tax_rate or cgst_tax_rate"),
                check(price(true, null, "60", "55", "2.5", "2.5", "0.005", "5.005")));
    }

    @Test
    void theComponentsMustAddUpToTheTotalWithinAHundredthOfAPercent() {
        assertEquals(Map.of(), check(price(true, null, "60", "55", "2.5", "2.5", null, "5.01")));
        assertEquals(Map.of(F + ".total_tax_rate", "must equal sgst_tax_rate + cgst_tax_rate + igst_tax_rate (5)"),
                check(price(true, null, "60", "55", "2.5", "2.5", null, "5.02")));
    }

    @Test
    void ratesAreFromZeroToAHundred() {
        assertEquals(Map.of(F + ".total_tax_rate", "must be a rate from 0 to 100"), check(price(true, null, "60", "55", null, null, null, "101")));
        assertEquals(Map.of(F + ".total_tax_rate", "must be a rate from 0 to 100"), check(price(true, null, "60", "55", null, null, null, null)));
        assertEquals(Map.of(F + ".igst_tax_rate", "must be a rate from 0 to 100",
                F + ".total_tax_rate", "must equal sgst_tax_rate + cgst_tax_rate + igst_tax_rate (-5)"),
                check(price(true, null, "60", "55", null, null, "-5", "5")));
    }

    @Test
    void amountsArePositiveRupeesAndPaiseAndNotAboveTheMrp() {
        assertEquals(Map.of(F + ".selling_price", "must not be above max_retail_price"), check(price(true, null, "50", "55", null, null, null, "0")));
        assertEquals(Map.of(F + ".max_retail_price", "must be rupees with at most two decimals (paise)",
                F + ".selling_price", "must be rupees with at most two decimals (paise)"),
                check(price(true, null, "60.001", "55.005", null, null, null, "0")));
        assertEquals(Map.of(F + ".max_retail_price", "must be a positive amount", F + ".selling_price", "must be a positive amount"),
                check(price(true, null, "0", null, null, null, null, "0")));
        assertEquals(Map.of(), check(price(true, null, "60.50", "60.500", null, null, null, "0")));
    }

    @Test
    void theGstFlagIsRequiredAndItsTwoNamesMustAgree() {
        assertEquals(Map.of(F + ".is_selling_price_exclusive_of_gst", "is required"), check(price(null, null, "60", "55", null, null, null, "0")));
        assertEquals(Map.of(F + ".is_selling_price_inclusive_of_gst", "contradicts is_selling_price_exclusive_of_gst; send one of them"),
                check(price(true, true, "60", "55", null, null, null, "0")));
        assertEquals(Map.of(), check(price(true, false, "60", "55", null, null, null, "0")));
    }

    @Test
    void noPriceIsOneReason() {
        List<Reason> reasons = new ArrayList<>();
        assertNull(PriceRules.price(null, F, reasons));
        assertEquals(List.of(new Reason(F, "is required")), reasons);
    }

    private static Map<String, String> check(CatalogueItemInput.Price price) {
        List<Reason> reasons = new ArrayList<>();
        PriceRules.price(price, F, reasons);
        return Reasons.byField(reasons);
    }

    private static CatalogueItemInput.Price price(Boolean exclusive, Boolean inclusive, String mrp, String selling, String sgst,
            String cgst, String igst, String total) {
        return new CatalogueItemInput.Price(exclusive, inclusive, decimal(mrp), decimal(selling), decimal(sgst), decimal(cgst),
                decimal(igst), decimal(total));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
