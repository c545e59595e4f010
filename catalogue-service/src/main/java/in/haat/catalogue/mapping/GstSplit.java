package in.haat.catalogue.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A selling price split into taxable value and GST (Setu's guide, rule 5), in rupees to the paisa. Exclusive: the
 * selling price is the taxable value and GST comes on top. Inclusive: the selling price holds both, so the taxable
 * value is {@code price * 100 / (100 + rate)} and the tax is the rest, which keeps {@code taxable + tax == price}
 * exact. Each rounding is half up to two decimals, once.
 */
public record GstSplit(BigDecimal taxableValue, BigDecimal taxValue) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PAISE = 2;

    /** Null when the price or rate is missing or out of range (only for items that are rejected anyway). */
    public static GstSplit of(BigDecimal sellingPrice, BigDecimal totalTaxRate, boolean exclusiveOfGst) {
        if (sellingPrice == null || totalTaxRate == null || sellingPrice.signum() < 0 || totalTaxRate.signum() < 0
                || totalTaxRate.compareTo(HUNDRED) > 0) {
            return null;
        }
        BigDecimal price = sellingPrice.setScale(Math.max(sellingPrice.scale(), PAISE), RoundingMode.UNNECESSARY);
        if (exclusiveOfGst) {
            BigDecimal taxable = price.setScale(PAISE, RoundingMode.HALF_UP);
            return new GstSplit(taxable, price.multiply(totalTaxRate).divide(HUNDRED, PAISE, RoundingMode.HALF_UP));
        }
        BigDecimal taxable = price.multiply(HUNDRED).divide(HUNDRED.add(totalTaxRate), PAISE, RoundingMode.HALF_UP);
        return new GstSplit(taxable, price.setScale(PAISE, RoundingMode.HALF_UP).subtract(taxable));
    }
}
