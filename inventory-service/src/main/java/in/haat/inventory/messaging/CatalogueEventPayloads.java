package in.haat.inventory.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The fields inventory-service reads of catalogue-service's events, version 1. Everything else in them is
 * ignored, so catalogue-service may add fields freely.
 */
final class CatalogueEventPayloads {

    private CatalogueEventPayloads() {
    }

    /** {@code storefront.upserted}: whose storefront it is. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StorefrontUpserted(
            @JsonProperty("storefront_id") UUID storefrontId,
            @JsonProperty("seller_id") UUID sellerId,
            @JsonProperty("partner_id") String partnerId,
            JsonNode name) {
    }

    /** {@code storefront.deleted}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StorefrontDeleted(
            @JsonProperty("storefront_id") UUID storefrontId,
            @JsonProperty("seller_id") UUID sellerId) {
    }

    /**
     * {@code catalogue-item.upserted}: the item's unit and first quantity, read where catalogue-service puts them,
     * at the top or in Setu's {@code inventory} object.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogueItemUpserted(
            @JsonProperty("storefront_id") UUID storefrontId,
            @JsonProperty("seller_id") UUID sellerId,
            @JsonProperty("catalogue_item_id") UUID catalogueItemId,
            @JsonProperty("unit_denomination") JsonNode unitDenomination,
            @JsonProperty("unit_value") JsonNode unitValue,
            JsonNode quantity,
            JsonNode inventory) {
    }

    /** {@code catalogue-item.deleted}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogueItemDeleted(
            @JsonProperty("storefront_id") UUID storefrontId,
            @JsonProperty("seller_id") UUID sellerId,
            @JsonProperty("catalogue_item_id") UUID catalogueItemId) {
    }
}
