package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.OrderRating;
import java.time.Instant;

/** A buyer's rating as the seller API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingView(
        @JsonProperty("order_id") String orderId,
        String category,
        @JsonProperty("rated_id") String ratedId,
        int value,
        JsonNode feedback,
        @JsonProperty("bap_id") String bapId,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static RatingView of(OrderRating r) {
        return new RatingView(r.orderId, r.category.code(), r.ratedId, r.value, r.feedback, r.bapId, r.createdAt, r.updatedAt);
    }
}
