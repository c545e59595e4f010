package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.OrderHistory;
import in.haat.order.SellerOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order as the seller API answers it: states, owner, the ONDC blocks (items, quote, billing, fulfilment, payment), and its history when asked for one order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(
        String id,
        String state,
        @JsonProperty("fulfilment_state") String fulfilmentState,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("bap_id") String bapId,
        String total,
        /** The quote's price at /on_confirm: the total plus every refund (less any cancellation fee kept). */
        @JsonProperty("order_value") String orderValue,
        /** What the buyer was refunded in all: the refunds, and any refund an issue's resolution gave outside the quote. */
        String refunded,
        /** What the seller is now owed for the order: its value less every refund. */
        @JsonProperty("seller_owed") String sellerOwed,
        /** Each Cancel, RTO or Return fulfilment that refunded something, with what it refunded. */
        List<Refund> refunds,
        JsonNode items,
        JsonNode quote,
        JsonNode billing,
        JsonNode fulfilment,
        /** Every fulfilment as the buyer app last saw it: the Delivery, and any Cancel, RTO or Return with its state and quote trail. */
        JsonNode fulfilments,
        JsonNode payment,
        JsonNode documents,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        List<HistoryEntry> history) {

    /** What one fulfilment refunded: the negated sum of its quote_trail (a cancellation fee it kept is a positive entry). */
    public record Refund(@JsonProperty("fulfilment_id") String fulfilmentId, String type, String state, String amount) {
    }

    /** One change of state: the states after it, why, and when. */
    public record HistoryEntry(String state, @JsonProperty("fulfilment_state") String fulfilmentState, String cause, Instant at) {
    }

    public static OrderView of(SellerOrder o, List<OrderHistory> history) {
        // The stored ONDC blocks as the order keeps them: the seller API shows them as they are, not as records.
        JsonNode d = o.document;
        List<Refund> refunds = refunds(d.path("fulfillments"));
        BigDecimal refunded = refunds.stream().map(r -> new BigDecimal(r.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        // An issue resolved with a refund gives money back outside the quote (no fulfilment, no quote trail).
        BigDecimal outside = o.refunded == null ? BigDecimal.ZERO : o.refunded;
        return new OrderView(o.id, o.state.code(), o.fulfilmentState.code(), o.storefrontId, o.sellerId, o.transactionId, o.bapId,
                o.total.toPlainString(), o.total.add(refunded).toPlainString(), refunded.add(outside).toPlainString(),
                o.total.subtract(outside).toPlainString(), refunds,
                d.path("items"), d.path("quote"), d.path("billing"), d.path("fulfillments").path(0),
                d.path("fulfillments"), d.path("payment"), d.has("documents") ? d.path("documents") : null, o.createdAt, o.updatedAt,
                history == null ? null : history.stream().map(c -> new HistoryEntry(c.state.code(), c.fulfilmentState.code(), c.cause, c.at)).toList());
    }

    /** The refunds of the fulfilments with a quote_trail, in the order's fulfilment order. */
    static List<Refund> refunds(JsonNode fulfilments) {
        List<Refund> refunds = new ArrayList<>();
        for (JsonNode f : fulfilments) {
            BigDecimal sum = null;
            for (JsonNode tag : f.path("tags")) {
                if (!"quote_trail".equals(tag.path("code").asText())) {
                    continue;
                }
                for (JsonNode entry : tag.path("list")) {
                    if ("value".equals(entry.path("code").asText())) {
                        sum = (sum == null ? BigDecimal.ZERO : sum).add(amount(entry.path("value").asText()));
                    }
                }
            }
            if (sum != null) {
                refunds.add(new Refund(f.path("id").asText(), f.path("type").asText(), f.path("state").path("descriptor").path("code").asText(null),
                        sum.negate().setScale(2, RoundingMode.HALF_UP).toPlainString()));
            }
        }
        return refunds;
    }

    private static BigDecimal amount(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
