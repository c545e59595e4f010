package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partial update of a storefront (Setu: "any field may be updated partially"): a field that is absent or null
 * stays; a nested object that is sent replaces the stored one whole. The result must still keep every rule.
 */
public record StorefrontPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(min = 1, max = 50) List<@jakarta.validation.constraints.NotBlank @Size(max = 100) String> categories,
        @Valid @JsonProperty("pickup_details") PickupDetails pickupDetails,
        @Valid @JsonProperty("billing_details") BillingDetails billingDetails,
        @Valid @JsonProperty("business_hours") BusinessHours businessHours,
        @Valid StorefrontPolicies policies,
        Fulfilment fulfilment,
        Serviceability serviceability,
        StorefrontStatus status,
        @Schema(description = "replaces the holidays whole; [] clears them") @Size(max = NewStorefront.MAX_HOLIDAYS) List<String> holidays,
        @Pattern(regexp = NewStorefront.CITY_CODE, message = "must be std: and 2 to 5 digits, such as std:080")
        @JsonProperty("city_code") String cityCode) {

    public NewStorefront applyTo(NewStorefront current) {
        return new NewStorefront(current.storefrontId(), current.sellerId(),
                name != null ? name.strip() : current.name(),
                categories != null ? categories : current.categories(),
                pickupDetails != null ? pickupDetails : current.pickupDetails(),
                billingDetails != null ? billingDetails : current.billingDetails(),
                businessHours != null ? businessHours : current.businessHours(),
                policies != null ? policies : current.policies(),
                fulfilment != null ? fulfilment : current.fulfilment(),
                serviceability != null ? serviceability : current.serviceability(),
                status != null ? status : current.status(),
                holidays != null ? holidays : current.holidays(),
                cityCode != null ? cityCode : current.cityCode());
    }
}
