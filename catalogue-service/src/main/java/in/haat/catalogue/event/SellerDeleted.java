package in.haat.catalogue.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code seller.deleted}, version 1; its storefronts' {@code storefront.deleted} come just before it. */
public record SellerDeleted(
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("deleted_at") Instant deletedAt) {
}
