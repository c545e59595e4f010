package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.OrderSettlement;
import in.haat.order.SellerOrder;
import in.haat.order.service.Reckoning;
import in.haat.order.service.SettlementMath;
import in.haat.order.service.SettlementTerms;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order's settlement as the seller API answers it: what the seller is owed and why, its state and what the network said. */
public record SettlementView(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("bap_id") String bapId,
        @JsonProperty("order_state") String orderState,
        @Schema(enumeration = {"pending", "settled", "disputed"}) String state,
        @Schema(description = "who collected the buyer's money: BAP (the buyer app) or BPP (us)") String collector,
        Terms terms,
        @JsonProperty("order_value") String orderValue,
        String refunded,
        @Schema(description = "order value less refunds: what the buyer finally paid") String paid,
        @JsonProperty("taxable_value") @Schema(description = "paid less the GST lines of the quote") String taxableValue,
        @JsonProperty("finder_fee") String finderFee,
        String withholding,
        @Schema(description = "GST section 52 TCS on the taxable value") String tcs,
        @Schema(description = "income-tax section 194-O TDS on the taxable value") String tds,
        @JsonProperty("taxes_withheld_by") @Schema(enumeration = {"seller-app", "collector", "none"}) String taxesWithheldBy,
        @JsonProperty("collector_pays") @Schema(description = "what the collector owes the seller app for the order") String collectorPays,
        @JsonProperty("net_payable") @Schema(description = "paid less finder fee, withholding, TCS and TDS: what the seller gets") String netPayable,
        @JsonProperty("due_at") @Schema(nullable = true, description = "the basis event plus the settlement window; null until the event") Instant dueAt,
        @Schema(nullable = true, description = "the collector's last /recon of the order ('asked') and our /on_recon ('answered')") JsonNode recon,
        @Schema(nullable = true, description = "the settlement agency's last report of the order") JsonNode report,
        @Schema(nullable = true, description = "why it is disputed") String reason,
        @JsonProperty("settled_at") @Schema(nullable = true) Instant settledAt,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    /** The settlement terms the order's payment carries. */
    public record Terms(
            @JsonProperty("finder_fee_type") @Schema(enumeration = {"percent", "amount"}) String finderFeeType,
            @JsonProperty("finder_fee") @Schema(description = "the percent, or the amount in rupees") String finderFee,
            @JsonProperty("withholding_amount") String withholdingAmount,
            @JsonProperty("settlement_basis") String settlementBasis,
            @JsonProperty("settlement_window") String settlementWindow,
            @JsonProperty("return_window") @Schema(nullable = true) String returnWindow,
            @JsonProperty("settlement_type") @Schema(nullable = true) String settlementType) {
    }

    public static SettlementView of(SellerOrder o, OrderSettlement s, Reckoning.Reckoned r, String taxesWithheldBy) {
        SettlementTerms t = r.terms();
        SettlementMath.Amounts a = r.amounts();
        Terms terms = new Terms(t.finderFeePercent() ? "percent" : "amount", t.finderFee().toPlainString(), t.withholding().toPlainString(),
                t.basis(), duration(t.window()), t.returnWindow() == null ? null : duration(t.returnWindow()), t.settlementType());
        return new SettlementView(o.id, o.sellerId, o.storefrontId, o.bapId, o.state.code(), s.state.code(), t.collector(), terms,
                a.orderValue().toPlainString(), a.refunded().toPlainString(), a.paid().toPlainString(), a.taxable().toPlainString(),
                a.finderFee().toPlainString(), a.withholding().toPlainString(), a.tcs().toPlainString(), a.tds().toPlainString(),
                taxesWithheldBy.toLowerCase(Locale.ROOT).replace('_', '-'), a.collectorPays().toPlainString(), a.net().toPlainString(),
                r.dueAt(), s.recon, s.report, s.reason, s.settledAt, s.createdAt, s.updatedAt);
    }

    private static String duration(java.time.Duration d) {
        return in.haat.ondc.OndcDuration.format(d);
    }

}
