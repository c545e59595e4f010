package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.OrderHistory;
import in.haat.order.SellerOrder;
import java.time.Instant;
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
        /** Refunded outside the quote (issues resolved with a refund); absent when nothing was. */
        String refunded,
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

    /** One change of state: the states after it, why, and when. */
    public record HistoryEntry(String state, @JsonProperty("fulfilment_state") String fulfilmentState, String cause, Instant at) {
    }

    public static OrderView of(SellerOrder o, List<OrderHistory> history) {
        // The stored ONDC blocks as the order keeps them: the seller API shows them as they are, not as records.
        JsonNode d = o.document;
        return new OrderView(o.id, o.state.code(), o.fulfilmentState.code(), o.storefrontId, o.sellerId, o.transactionId, o.bapId,
                o.total.toPlainString(), o.refunded == null || o.refunded.signum() == 0 ? null : o.refunded.toPlainString(), d.path("items"), d.path("quote"), d.path("billing"), d.path("fulfillments").path(0),
                d.path("fulfillments"), d.path("payment"), d.has("documents") ? d.path("documents") : null, o.createdAt, o.updatedAt,
                history == null ? null : history.stream().map(c -> new HistoryEntry(c.state.code(), c.fulfilmentState.code(), c.cause, c.at)).toList());
    }
}
