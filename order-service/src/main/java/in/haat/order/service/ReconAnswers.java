package in.haat.order.service;

import in.haat.ondc.rsf.Amount;
import in.haat.ondc.rsf.ReconOrder;
import in.haat.ondc.rsf.ReconSettlement;
import in.haat.order.config.SettlementConfig.TaxWithholder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Our /on_recon answer to one order of a collector's /recon: each of its amounts (the order's, and its settlements' amount
 * to us, commission, withholding, TCS, TDS) against what we reckon. {@code recon_accord} true when every one agrees to
 * the paisa; otherwise false, each amount carrying our figure as {@code value} and the gap as {@code diff_value}. An order
 * settled in several parts is compared in total: each part is answered with our total less the collector's other parts.
 */
public final class ReconAnswers {

    /** The answer, and in words what differs (null when all agrees). */
    public record Answer(ReconOrder order, boolean accord, String reason) {
    }

    private ReconAnswers() {
    }

    public static Answer answer(ReconOrder asked, SettlementMath.Amounts ours, TaxWithholder withheldBy) {
        boolean collectorTaxes = withheldBy == TaxWithholder.COLLECTOR;
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<String> differs = new ArrayList<>();
        Amount orderAmount = compare("order amount", ours.paid(), value(asked.amount()), differs);
        List<ReconSettlement> parts = asked.settlementList();
        List<ReconSettlement> answered = new ArrayList<>();
        if (parts.isEmpty()) {
            differs.add("no settlement stated");
        }
        for (int i = 0; i < parts.size(); i++) {
            ReconSettlement part = parts.get(i);
            List<ReconSettlement> others = new ArrayList<>(parts);
            others.remove(i);
            answered.add(new ReconSettlement(part.id(), part.paymentId(), part.status() == null ? "PENDING" : part.status(),
                    share("amount", ours.collectorPays(), part, others, ReconSettlement::amount, differs),
                    share("commission", ours.finderFee(), part, others, ReconSettlement::commission, differs),
                    share("withholding_amount", ours.withholding(), part, others, ReconSettlement::withholdingAmount, differs),
                    share("tcs", collectorTaxes ? ours.tcs() : zero, part, others, ReconSettlement::tcs, differs),
                    share("tds", collectorTaxes ? ours.tds() : zero, part, others, ReconSettlement::tds, differs),
                    part.settlementRefNo(), part.updatedAt()));
        }
        boolean accord = differs.isEmpty();
        return new Answer(new ReconOrder(asked.id(), orderAmount, accord, answered), accord,
                accord ? null : "the collector's /recon differs: " + String.join("; ", differs));
    }

    /** Our figure for one part: our total less the collector's other parts (for one part, our total). */
    private static Amount share(String name, BigDecimal total, ReconSettlement part, List<ReconSettlement> others,
            Function<ReconSettlement, Amount> field, List<String> differs) {
        BigDecimal rest = BigDecimal.ZERO;
        for (ReconSettlement other : others) {
            BigDecimal theirs = value(field.apply(other));
            rest = rest.add(theirs == null ? BigDecimal.ZERO : theirs);
        }
        BigDecimal ours = total.subtract(rest).max(BigDecimal.ZERO).setScale(2);
        return compare(name + (others.isEmpty() ? "" : " of settlement " + part.id()), ours, value(field.apply(part)), differs);
    }

    private static Amount compare(String name, BigDecimal ours, BigDecimal theirs, List<String> differs) {
        if (theirs == null) {
            differs.add(name + " missing or not an amount (we reckon " + ours.toPlainString() + ")");
            return new Amount("INR", ours.toPlainString(), ours.toPlainString());
        }
        if (ours.compareTo(theirs) != 0) {
            differs.add(name + " " + theirs.toPlainString() + ", we reckon " + ours.toPlainString());
        }
        return Amount.ours(ours, theirs);
    }

    private static BigDecimal value(Amount amount) {
        return amount == null ? null : amount.decimal();
    }
}
