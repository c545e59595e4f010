package in.haat.catalogue.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code seller.created}, version 1. {@code partner_id} (the owning partner) was added without a
 * version change: it is an additional field, which readers of version 1 ignore or read as optional.
 */
public record SellerCreated(
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("partner_id") String partnerId,
        String name,
        @JsonProperty("created_at") Instant createdAt) {
}
