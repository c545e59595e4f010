package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code order.refunded}, version 1: money the seller gives back on an order outside its quote (an issue
 * resolved with a refund): this refund, what the order has been refunded so far, and the order's total (its quote).
 */
public record OrderRefunded(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("issue_id") String issueId,
        String amount,
        String refunded,
        String total,
        String currency,
        @JsonProperty("refunded_at") Instant refundedAt) {
}
