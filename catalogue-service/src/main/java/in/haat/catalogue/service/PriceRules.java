package in.haat.catalogue.service;

import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item's price: MRP and selling price in rupees and paise, selling not above MRP, and the GST rates: each from 0
 * to 100, adding up to the total, split evenly into CGST and SGST or charged whole as IGST, never both.
 */
final class PriceRules {

    /** How far the components may be from the total: Setu's rates have two decimals. */
    private static final BigDecimal TAX_TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PriceRules() {
    }

    /** The price as stored (exclusive of GST or not, whichever flag was sent); null when none was sent. */
    static CatalogueItemDocument.Price price(CatalogueItemInput.Price p, String field, List<Reason> reasons) {
        if (p == null) {
            reasons.add(new Reason(field, "is required"));
            return null;
        }
        Boolean exclusive = exclusiveOfGst(p, field, reasons);
        amounts(p, field, reasons);
        BigDecimal total = p.totalTaxRate();
        if (total == null || total.signum() < 0 || total.compareTo(HUNDRED) > 0) {
            reasons.add(new Reason(field + ".total_tax_rate", "must be a rate from 0 to 100"));
        }
        gstSplit(p, total, field, reasons);
        return new CatalogueItemDocument.Price(exclusive != null && exclusive, p.maxRetailPrice(), p.sellingPrice(),
                p.sgstTaxRate(), p.cgstTaxRate(), p.igstTaxRate(), total);
    }

    /** Setu names the flag both ways (schema: exclusive, guide prose: inclusive): either is taken, not both opposed. */
    private static Boolean exclusiveOfGst(CatalogueItemInput.Price p, String field, List<Reason> reasons) {
        Boolean exclusive = p.exclusiveOfGst();
        if (exclusive == null && p.inclusiveOfGst() == null) {
            reasons.add(new Reason(field + ".is_selling_price_exclusive_of_gst", "is required"));
        } else if (exclusive != null && p.inclusiveOfGst() != null && exclusive.equals(p.inclusiveOfGst())) {
            reasons.add(new Reason(field + ".is_selling_price_inclusive_of_gst",
                    "contradicts is_selling_price_exclusive_of_gst; send one of them"));
        } else if (exclusive == null) {
            exclusive = !p.inclusiveOfGst();
        }
        return exclusive;
    }

    private static void amounts(CatalogueItemInput.Price p, String field, List<Reason> reasons) {
        if (p.maxRetailPrice() == null || p.maxRetailPrice().signum() <= 0) {
            reasons.add(new Reason(field + ".max_retail_price", "must be a positive amount"));
        } else if (p.maxRetailPrice().stripTrailingZeros().scale() > 2) {
            reasons.add(new Reason(field + ".max_retail_price", "must be rupees with at most two decimals (paise)"));
        }
        if (p.sellingPrice() == null || p.sellingPrice().signum() <= 0) {
            reasons.add(new Reason(field + ".selling_price", "must be a positive amount"));
        } else if (p.sellingPrice().stripTrailingZeros().scale() > 2) {
            reasons.add(new Reason(field + ".selling_price", "must be rupees with at most two decimals (paise)"));
        } else if (p.maxRetailPrice() != null && p.sellingPrice().compareTo(p.maxRetailPrice()) > 0) {
            // Selling above the MRP printed on the pack is not allowed in India.
            reasons.add(new Reason(field + ".selling_price", "must not be above max_retail_price"));
        }
    }

    /** The component rates: in range, adding up to the total, CGST equal to SGST, IGST alone. */
    private static void gstSplit(CatalogueItemInput.Price p, BigDecimal total, String field, List<Reason> reasons) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyComponent = false;
        for (Map.Entry<String, BigDecimal> rate : rates(p).entrySet()) {
            if (rate.getValue() == null) {
                continue;
            }
            anyComponent = true;
            if (rate.getValue().signum() < 0 || rate.getValue().compareTo(HUNDRED) > 0) {
                reasons.add(new Reason(field + "." + rate.getKey(), "must be a rate from 0 to 100"));
            }
            sum = sum.add(rate.getValue());
        }
        if (anyComponent && total != null && sum.subtract(total).abs().compareTo(TAX_TOLERANCE) > 0) {
            reasons.add(new Reason(field + ".total_tax_rate",
                    "must equal sgst_tax_rate + cgst_tax_rate + igst_tax_rate (" + sum.stripTrailingZeros().toPlainString() + ")"));
        }
        if (p.igstTaxRate() != null && p.igstTaxRate().signum() > 0
                && (nonZero(p.sgstTaxRate()) || nonZero(p.cgstTaxRate()))) {
            // IGST applies to inter-state supply, CGST+SGST to intra-state: one supply is never both.
            reasons.add(new Reason(field + ".igst_tax_rate", "cannot be combined with sgst_tax_rate or cgst_tax_rate"));
        }
        if ((p.sgstTaxRate() != null || p.cgstTaxRate() != null)
                && (p.sgstTaxRate() == null || p.cgstTaxRate() == null || p.sgstTaxRate().compareTo(p.cgstTaxRate()) != 0)) {
            reasons.add(new Reason(field + ".sgst_tax_rate", "must equal cgst_tax_rate (GST splits evenly between them)"));
        }
    }

    private static Map<String, BigDecimal> rates(CatalogueItemInput.Price p) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("sgst_tax_rate", p.sgstTaxRate());
        rates.put("cgst_tax_rate", p.cgstTaxRate());
        rates.put("igst_tax_rate", p.igstTaxRate());
        return rates;
    }

    private static boolean nonZero(BigDecimal value) {
        return value != null && value.signum() != 0;
    }
}
