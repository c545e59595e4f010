package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What a partner sends to register a seller. Only {@code name} is required, so partners that register first and
 * complete KYC later keep working; every KYC field that is sent must have its format. {@code seller_id} (Setu's:
 * the buyer platform's own id for the seller) becomes the seller's id when sent; a new random id otherwise.
 */
public record NewSeller(
        @JsonProperty("seller_id") UUID sellerId,
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) @JsonProperty("contact_email") String contactEmail,
        @Pattern(regexp = Formats.PHONE, message = "must be an Indian phone number") @JsonProperty("contact_phone") String contactPhone,
        @Size(min = 1, max = 300) @JsonProperty("legal_entity_name") String legalEntityName,
        @JsonProperty("incorporation_type") IncorporationType incorporationType,
        @Pattern(regexp = Formats.GSTIN, message = "must be a GSTIN such as 24AAACC1206D1ZM") @JsonProperty("gst_number") String gstNumber,
        @Pattern(regexp = Formats.PAN, message = "must be a PAN such as AAACC1206D") @JsonProperty("pan_number") String panNumber,
        @Pattern(regexp = Formats.FSSAI, message = "must be a 14-digit FSSAI licence number") @JsonProperty("fssai_number") String fssaiNumber,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> categories,
        @Valid @JsonProperty("bank_account") SellerBankAccount bankAccount,
        @Size(max = 10_000) @JsonProperty("consent_object") String consentObject) {
}
