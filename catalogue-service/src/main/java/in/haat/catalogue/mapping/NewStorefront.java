package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A storefront as a client creates it (Setu's StoreFrontInputDTO). {@code storefront_id} is the client's
 * choice, or made here when absent; {@code seller_id} (Setu's {@code setu_seller_id}) may also come from the path.
 */
public record NewStorefront(
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") @JsonAlias("setu_seller_id") UUID sellerId,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> categories,
        @NotNull @Valid @JsonProperty("pickup_details") PickupDetails pickupDetails,
        @NotNull @Valid @JsonProperty("billing_details") BillingDetails billingDetails,
        @NotNull @Valid @JsonProperty("business_hours") BusinessHours businessHours,
        @NotNull @Valid StorefrontPolicies policies,
        @NotNull Fulfilment fulfilment,
        @NotNull Serviceability serviceability,
        StorefrontStatus status) {

    /** The same storefront with another seller and id (both settled by the service). */
    public NewStorefront with(UUID id, UUID seller) {
        return new NewStorefront(id, seller, name, categories, pickupDetails, billingDetails, businessHours, policies,
                fulfilment, serviceability, status == null ? StorefrontStatus.LIVE : status);
    }
}
