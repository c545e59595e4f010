package in.haat.catalogue.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code catalogue-item.deleted}, version 1. */
public record CatalogueItemDeleted(
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("catalogue_item_id") UUID catalogueItemId,
        @JsonProperty("deleted_at") Instant deletedAt) {
}
