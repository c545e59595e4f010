package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcDuration;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The settlement terms of an order as its /on_init offered them and its /confirm agreed (the order's payment block):
 * who collects (BAP or BPP), the buyer app finder fee (a percent or an amount), the withholding amount, the settlement
 * basis and window, the return window for the withholding, and the settlement type of our settlement details. Retail
 * 1.2.0 and 1.2.5 write them as {@code @ondc/org/...} fields; ONDC's 2.x domains write them as payment tags
 * ({@code BUYER_FINDER_FEE}, {@code SETTLEMENT_TERMS}), read when the fields are absent.
 */
public record SettlementTerms(String collector, boolean finderFeePercent, BigDecimal finderFee, BigDecimal withholding,
        String basis, Duration window, Duration returnWindow, String settlementType) {

    /** ONDC's longest settlement or return window we take as written; a longer one is read as this. */
    private static final Duration LONGEST = Duration.ofDays(365);

    public static SettlementTerms of(JsonNode payment) {
        JsonNode p = payment == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : payment;
        String feeType = text(p, "@ondc/org/buyer_app_finder_fee_type").or(() -> tag(p, "BUYER_FINDER_FEE", "BUYER_FINDER_FEES_TYPE"))
                .orElse("percent");
        String fee = text(p, "@ondc/org/buyer_app_finder_fee_amount")
                .or(() -> tag(p, "BUYER_FINDER_FEE", "BUYER_FINDER_FEES_PERCENTAGE"))
                .or(() -> tag(p, "BUYER_FINDER_FEE", "BUYER_FINDER_FEES_AMOUNT")).orElse("0");
        String withholding = text(p, "@ondc/org/withholding_amount").or(() -> tag(p, "SETTLEMENT_TERMS", "WITHHOLDING_AMOUNT")).orElse("0");
        String basis = text(p, "@ondc/org/settlement_basis").or(() -> tag(p, "SETTLEMENT_TERMS", "SETTLEMENT_BASIS")).orElse("delivery");
        String window = text(p, "@ondc/org/settlement_window").or(() -> tag(p, "SETTLEMENT_TERMS", "SETTLEMENT_WINDOW")).orElse("P1D");
        Optional<String> returnWindow = text(p, "@ondc/org/return_window").or(() -> tag(p, "SETTLEMENT_TERMS", "RETURN_WINDOW"));
        String type = text(p.path("@ondc/org/settlement_details").path(0), "settlement_type")
                .or(() -> tag(p, "SETTLEMENT_TERMS", "SETTLEMENT_TYPE")).orElse(null);
        return new SettlementTerms(text(p, "collected_by").orElse("BAP").toUpperCase(Locale.ROOT),
                !feeType.toLowerCase(Locale.ROOT).startsWith("amount"), money(fee), money(withholding),
                basis.toLowerCase(Locale.ROOT), OndcDuration.parse(window, LONGEST).orElse(Duration.ofDays(1)),
                returnWindow.flatMap(w -> OndcDuration.parse(w, LONGEST)).orElse(null), type);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip())
                : value.isNumber() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A payment tag's value: {@code tags[code=group].list[code=code].value}. */
    private static Optional<String> tag(JsonNode payment, String group, String code) {
        for (JsonNode tag : payment.path("tags")) {
            String tagCode = tag.path("descriptor").path("code").asText(tag.path("code").asText(""));
            if (!group.equalsIgnoreCase(tagCode)) {
                continue;
            }
            for (JsonNode entry : tag.path("list")) {
                String entryCode = entry.path("descriptor").path("code").asText(entry.path("code").asText(""));
                if (code.equalsIgnoreCase(entryCode) && entry.path("value").isTextual()) {
                    return Optional.of(entry.path("value").asText().strip());
                }
            }
        }
        return Optional.empty();
    }

    /** A non-negative amount; anything else (a buyer app's typo) is 0, so a bad term never makes money up. */
    static BigDecimal money(String value) {
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            return amount.signum() < 0 ? BigDecimal.ZERO : amount;
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
