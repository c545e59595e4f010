package in.haat.sellers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** catalogue-service's {@code seller.deleted} payload, version 1, as the seller directory reads it. */
public record SellerDeleted(
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("deleted_at") Instant deletedAt) {
}
