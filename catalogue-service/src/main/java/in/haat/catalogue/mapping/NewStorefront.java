package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        StorefrontStatus status,
        @Schema(description = "days the storefront is closed, YYYY-MM-DD, each once", example = "[\"2026-10-20\"]")
        @Size(max = MAX_HOLIDAYS) List<String> holidays,
        @Schema(description = "ONDC city code of the pickup location: std: and the STD code", example = "std:080")
        @Pattern(regexp = CITY_CODE, message = "must be std: and 2 to 5 digits, such as std:080")
        @JsonProperty("city_code") String cityCode) {

    /** Every day of the window holidays may fall in (a year back to two years ahead; StorefrontRules). */
    public static final int MAX_HOLIDAYS = 1100;

    /** ONDC's {@code context.city} form for a city: {@code std:} and its STD code. */
    public static final String CITY_CODE = "^std:[0-9]{2,5}$";

    /** The same storefront with another seller and id (both settled by the service). */
    public NewStorefront with(UUID id, UUID seller) {
        return new NewStorefront(id, seller, name, categories, pickupDetails, billingDetails, businessHours, policies,
                fulfilment, serviceability, status == null ? StorefrontStatus.LIVE : status, holidays, cityCode);
    }

    /** The same storefront with its holidays in date order (once they were checked, so errors name the sent index). */
    public NewStorefront holidaysInOrder() {
        List<String> ordered = holidays == null ? List.of() : holidays.stream().sorted().toList();
        return new NewStorefront(storefrontId, sellerId, name, categories, pickupDetails, billingDetails, businessHours,
                policies, fulfilment, serviceability, status, ordered, cityCode);
    }
}
