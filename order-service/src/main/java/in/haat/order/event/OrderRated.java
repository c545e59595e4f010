package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code order.rated}, version 1: a buyer's rating of one thing of an order, as now stored (a repeat replaces it). */
public record OrderRated(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        String category,
        @JsonProperty("rated_id") String ratedId,
        int value,
        @JsonProperty("previous_value") Integer previousValue,
        @JsonProperty("rated_at") Instant ratedAt) {
}
