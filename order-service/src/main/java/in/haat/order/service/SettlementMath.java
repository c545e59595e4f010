package in.haat.order.service;

import in.haat.order.config.SettlementConfig.TaxWithholder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * What a seller is owed for one order and why (docs/settlement.md): the amount the buyer finally paid (order value less
 * refunds), less the buyer app finder fee, the withholding amount, TCS and TDS; and what the collecting buyer app pays
 * us, which leaves out the taxes unless it withholds them itself. Pure arithmetic in rupees, to the paisa (half up).
 */
public final class SettlementMath {

    /** What the order's money came to. {@code tax} is the GST in the order's current quote. */
    public record Order(BigDecimal orderValue, BigDecimal refunded, BigDecimal tax) {
    }

    /** The rates and who withholds the taxes. */
    public record Taxes(BigDecimal tcsRate, BigDecimal tdsRate, TaxWithholder withheldBy) {
    }

    /**
     * The amounts: {@code paid} is the order value less refunds, {@code taxable} that less GST; {@code collectorPays}
     * what the collector owes the seller app, {@code net} what the seller gets.
     */
    public record Amounts(BigDecimal orderValue, BigDecimal refunded, BigDecimal paid, BigDecimal taxable, BigDecimal finderFee,
            BigDecimal withholding, BigDecimal tcs, BigDecimal tds, BigDecimal collectorPays, BigDecimal net) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SettlementMath() {
    }

    public static Amounts amounts(Order order, SettlementTerms terms, Taxes taxes) {
        BigDecimal paid = atLeastZero(order.orderValue().subtract(order.refunded()));
        BigDecimal taxable = atLeastZero(paid.subtract(order.tax()));
        // A percent fee is on what the buyer finally paid (a refunded unit earns the buyer app nothing); an amount
        // fee is as agreed. Neither, nor the withholding, takes more than is left.
        BigDecimal fee = terms.finderFeePercent() ? paise(paid.multiply(terms.finderFee()).divide(HUNDRED)) : paise(terms.finderFee());
        fee = fee.min(paid);
        BigDecimal withholding = paise(terms.withholding()).min(paid.subtract(fee));
        boolean taxed = taxes.withheldBy() != TaxWithholder.NONE;
        BigDecimal tcs = taxed ? paise(taxable.multiply(taxes.tcsRate())) : zero();
        BigDecimal tds = taxed ? paise(taxable.multiply(taxes.tdsRate())) : zero();
        BigDecimal afterTerms = paid.subtract(fee).subtract(withholding);
        BigDecimal collectorPays = taxes.withheldBy() == TaxWithholder.COLLECTOR ? afterTerms.subtract(tcs).subtract(tds) : afterTerms;
        BigDecimal net = atLeastZero(afterTerms.subtract(tcs).subtract(tds));
        return new Amounts(paise(order.orderValue()), paise(order.refunded()), paise(paid), paise(taxable), fee, withholding, tcs, tds,
                atLeastZero(collectorPays), net);
    }

    /**
     * When the settlement is due: the basis event (shipment: the pick-up; delivery: the delivery; return_window_expiry:
     * the delivery plus the return window) plus the settlement window; null until the event has happened.
     */
    public static Instant dueAt(SettlementTerms terms, Instant pickedUp, Instant delivered, Duration defaultReturnWindow) {
        Instant from = switch (terms.basis()) {
            case "shipment" -> pickedUp;
            case "return_window_expiry" -> delivered == null ? null
                    : delivered.plus(terms.returnWindow() != null ? terms.returnWindow() : defaultReturnWindow);
            default -> delivered;
        };
        return from == null ? null : from.plus(terms.window());
    }

    static BigDecimal paise(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal atLeastZero(BigDecimal amount) {
        return paise(amount.signum() < 0 ? BigDecimal.ZERO : amount);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
