package in.haat.order.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * GST arithmetic of one quote line, to the paisa, so that what an invoice shows adds up to the quote exactly. A line
 * whose quote has a tax line (price exclusive of GST) is taxed at that amount: taxable value = the price. A price
 * inclusive of GST holds both: taxable value = price x 100 / (100 + rate), half up, and the tax is the rest. Within a
 * state the tax is CGST (half, half up) + SGST (the rest); across states it is all IGST. Pure.
 */
public final class GstMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private GstMath() {
    }

    /** A line's taxable value and its taxes; the total is their sum. */
    public record Amounts(BigDecimal taxable, BigDecimal cgst, BigDecimal sgst, BigDecimal igst) {

        public static final Amounts NONE = new Amounts(ZERO, ZERO, ZERO, ZERO);

        public BigDecimal tax() {
            return cgst.add(sgst).add(igst);
        }

        public BigDecimal total() {
            return taxable.add(tax());
        }

        public Amounts plus(Amounts o) {
            return new Amounts(taxable.add(o.taxable), cgst.add(o.cgst), sgst.add(o.sgst), igst.add(o.igst));
        }

        /** What is left of {@code this} once {@code o} is taken away: a credit note's line is the invoice's before less after. */
        public Amounts minus(Amounts o) {
            return new Amounts(taxable.subtract(o.taxable), cgst.subtract(o.cgst), sgst.subtract(o.sgst), igst.subtract(o.igst));
        }
    }

    /**
     * The amounts of an item line quoted at {@code price} with {@code quoteTax} on top (0: the price includes GST at
     * {@code rate} percent, or the item is not taxed).
     */
    public static Amounts item(BigDecimal price, BigDecimal quoteTax, BigDecimal rate, boolean interState) {
        BigDecimal gross = money(price);
        BigDecimal taxable;
        BigDecimal tax;
        if (quoteTax.signum() != 0) {
            taxable = gross;
            tax = money(quoteTax);
        } else if (rate != null && rate.signum() > 0) {
            taxable = gross.multiply(HUNDRED).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
            tax = gross.subtract(taxable);
        } else {
            taxable = gross;
            tax = ZERO;
        }
        if (interState) {
            return new Amounts(taxable, ZERO, ZERO, tax);
        }
        BigDecimal cgst = tax.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return new Amounts(taxable, cgst, tax.subtract(cgst), ZERO);
    }

    /** A charge (delivery, packing) as the quote has it: no GST line of its own in our quotes, so all of it is taxable value. */
    public static Amounts charge(BigDecimal price) {
        return new Amounts(money(price), ZERO, ZERO, ZERO);
    }

    /**
     * The line's GST rate in percent: the one kept at /confirm, else (lines confirmed before it was kept) the quote's tax
     * over the price, else 0.
     */
    public static BigDecimal rate(BigDecimal kept, BigDecimal price, BigDecimal quoteTax) {
        if (kept != null) {
            return kept.stripTrailingZeros();
        }
        if (quoteTax.signum() == 0 || price.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return quoteTax.multiply(HUNDRED).divide(price, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
