package in.haat.auth.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** catalogue-service's {@code seller.created} payload, version 1, as auth-service reads it. */
public record SellerCreated(
        @JsonProperty("seller_id") UUID sellerId,
        String name,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("created_at") Instant createdAt) {
}
