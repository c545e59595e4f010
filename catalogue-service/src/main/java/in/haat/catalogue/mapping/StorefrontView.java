package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.catalogue.Storefront;
import in.haat.ondc.RetailDomain;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A storefront as the REST API answers it (and as {@code storefront.upserted} carries it). */
public record StorefrontView(
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        String name,
        List<String> categories,
        @Schema(description = "the ONDC retail domains of the categories, in code order", example = "[\"ONDC:RET10\"]")
        List<String> domains,
        @JsonProperty("pickup_details") PickupDetails pickupDetails,
        @JsonProperty("billing_details") BillingDetails billingDetails,
        @JsonProperty("business_hours") BusinessHours businessHours,
        StorefrontPolicies policies,
        Fulfilment fulfilment,
        Serviceability serviceability,
        StorefrontStatus status,
        @Schema(description = "days the storefront is closed, YYYY-MM-DD, in date order") List<String> holidays,
        @Schema(description = "ONDC city code (std:080); null when not given", example = "std:080", nullable = true)
        @JsonProperty("city_code") String cityCode,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static StorefrontView of(Storefront storefront) {
        NewStorefront s = storefront.content();
        return new StorefrontView(storefront.id, storefront.sellerId, s.name(), s.categories(),
                RetailDomain.codesOf(s.categories()), s.pickupDetails(), s.billingDetails(), s.businessHours(),
                s.policies(), s.fulfilment(), s.serviceability(), s.status(),
                s.holidays() == null ? List.of() : s.holidays(), s.cityCode(), storefront.createdAt, storefront.updatedAt);
    }
}
