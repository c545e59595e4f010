package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Where a storefront is and who answers there; visible to buyers on the network. */
public record PickupDetails(
        @NotBlank @JsonProperty("pickup_name") String pickupName,
        @NotBlank @Email String email,
        @NotBlank @Pattern(regexp = Formats.PHONE, message = "must be an Indian phone number") @JsonProperty("pickup_phone") String pickupPhone,
        @NotBlank @Pattern(regexp = Formats.PINCODE, message = "must be a 6-digit PIN code") @JsonProperty("pickup_pincode") String pickupPincode,
        @NotBlank @JsonProperty("pickup_address") String pickupAddress,
        @NotBlank @JsonProperty("pickup_city") String pickupCity,
        @NotBlank @JsonProperty("pickup_state") String pickupState,
        @NotBlank @JsonProperty("pickup_country") String pickupCountry,
        @DecimalMin("-90") @DecimalMax("90") @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) @JsonProperty("pickup_lat") BigDecimal pickupLat,
        @DecimalMin("-180") @DecimalMax("180") @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) @JsonProperty("pickup_long") BigDecimal pickupLong) {
}
