package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Who invoices for a storefront; per storefront so that franchises can have their own GSTIN and bank. */
public record BillingDetails(
        @NotNull @Valid @JsonProperty("legal_details") LegalDetails legalDetails,
        @NotNull @Valid @JsonProperty("registered_address") RegisteredAddress registeredAddress,
        @NotNull @Valid @JsonProperty("contact_detail") ContactDetail contactDetail,
        @NotNull @Valid @JsonProperty("bank_account") BankAccount bankAccount) {

    /** The legal entity behind the storefront. */
    public record LegalDetails(
            @NotBlank @JsonProperty("incorporation_name") String incorporationName,
            @NotNull @JsonProperty("incorporation_type") IncorporationType incorporationType,
            @NotBlank @Pattern(regexp = Formats.GSTIN, message = "must be a GSTIN such as 24AAACC1206D1ZM") String gstin,
            @NotBlank @Pattern(regexp = Formats.PAN, message = "must be a PAN such as AAACC1206D") String pan) {
    }

    /** The registered office; {@code pincode} is a number in Setu's schema (a string of digits is accepted too). */
    public record RegisteredAddress(
            @NotBlank @JsonProperty("address_line_1") String addressLine1,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) @JsonProperty("address_line_2") String addressLine2,
            @NotNull @Min(value = 100000, message = "must be a 6-digit PIN code") @Max(value = 999999, message = "must be a 6-digit PIN code") Integer pincode,
            @NotBlank String city,
            @NotBlank String state) {
    }

    /** Whom to call about billing. */
    public record ContactDetail(
            @NotBlank @Pattern(regexp = Formats.PHONE, message = "must be an Indian phone number") String phone,
            @NotBlank @Email String email) {
    }

    /** The account the storefront is settled to; name and bank are optional (Setu fills them by verification). */
    public record BankAccount(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) @JsonProperty("beneficiary_name") String beneficiaryName,
            @NotBlank @Pattern(regexp = Formats.ACCOUNT_NUMBER, message = "must be 9 to 18 digits") @JsonProperty("account_number") String accountNumber,
            @NotBlank @Pattern(regexp = Formats.IFSC, message = "must be an IFSC code such as HDFC0001234") @JsonProperty("ifsc_code") String ifscCode,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) @JsonProperty("bank_name") String bankName) {
    }
}
