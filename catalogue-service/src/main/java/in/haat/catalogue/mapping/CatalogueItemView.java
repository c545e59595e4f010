package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A catalogue item as the REST API answers it (and as {@code catalogue-item.upserted} carries it). */
public record CatalogueItemView(
        @JsonProperty("catalogue_item_id") UUID catalogueItemId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("sub_categories") List<String> subCategories,
        @JsonProperty("catalogue_item_details") CatalogueItemDocument.Details catalogueItemDetails,
        CatalogueItemInput.Inventory inventory,
        @JsonProperty("item_policies") CatalogueItemDocument.Policies itemPolicies,
        Serviceability serviceability,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static CatalogueItemView of(UUID id, UUID storefrontId, UUID sellerId, CatalogueItemDocument d,
            Instant createdAt, Instant updatedAt) {
        return new CatalogueItemView(id, storefrontId, sellerId, d.subCategories(), d.catalogueItemDetails(),
                d.inventory(), d.itemPolicies(), d.serviceability(), createdAt, updatedAt);
    }
}
