package in.haat.catalogue.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code storefront.deleted}, version 1; the storefront's catalogue items are gone with it. */
public record StorefrontDeleted(
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("deleted_at") Instant deletedAt) {
}
