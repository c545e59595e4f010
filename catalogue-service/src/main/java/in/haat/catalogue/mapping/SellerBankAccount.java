package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The account a seller is settled to (Setu's BankAccountInputDTO). */
public record SellerBankAccount(
        @NotBlank @Pattern(regexp = Formats.ACCOUNT_NUMBER, message = "must be 9 to 18 digits")
        @JsonProperty("account_number") String accountNumber,
        @NotBlank @Pattern(regexp = Formats.IFSC, message = "must be an IFSC code such as HDFC0001234")
        @JsonProperty("ifsc_code") String ifscCode) {
}
