package in.haat.catalogue.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code seller.created}, version 1. */
public record SellerCreated(
        @JsonProperty("seller_id") UUID sellerId,
        String name,
        @JsonProperty("created_at") Instant createdAt) {
}
