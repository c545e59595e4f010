package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code order.created} and {@code order.state-changed}, version 1: the order's states after the change, and why. */
public record OrderChanged(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        String state,
        @JsonProperty("fulfilment_state") String fulfilmentState,
        @JsonProperty("previous_state") String previousState,
        @JsonProperty("previous_fulfilment_state") String previousFulfilmentState,
        String cause,
        String total,
        @JsonProperty("changed_at") Instant changedAt) {
}
