package in.haat.sellers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * catalogue-service's {@code seller.created} payload, version 1, as the seller directory reads it;
 * {@code partner_id} was added to version 1 compatibly and is null in events published before it.
 */
public record SellerCreated(
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("partner_id") String partnerId,
        String name,
        @JsonProperty("created_at") Instant createdAt) {
}
