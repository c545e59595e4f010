package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.catalogue.Storefront;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A storefront as the REST API answers it (and as {@code storefront.upserted} carries it). */
public record StorefrontView(
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        String name,
        List<String> categories,
        @JsonProperty("pickup_details") PickupDetails pickupDetails,
        @JsonProperty("billing_details") BillingDetails billingDetails,
        @JsonProperty("business_hours") BusinessHours businessHours,
        StorefrontPolicies policies,
        Fulfilment fulfilment,
        Serviceability serviceability,
        StorefrontStatus status,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static StorefrontView of(Storefront storefront) {
        NewStorefront s = storefront.content();
        return new StorefrontView(storefront.id, storefront.sellerId, s.name(), s.categories(), s.pickupDetails(),
                s.billingDetails(), s.businessHours(), s.policies(), s.fulfilment(), s.serviceability(), s.status(),
                storefront.createdAt, storefront.updatedAt);
    }
}
