package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.catalogue.Seller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A seller as the REST API answers it; {@code setu_seller_id} is the same id under the name Setu's clients store and
 * use in storefront calls; what the seller never gave is null.
 */
public record SellerView(
        UUID id,
        @JsonProperty("setu_seller_id") UUID setuSellerId,
        String name,
        @JsonProperty("partner_id") String partnerId,
        @Schema(nullable = true) @JsonProperty("contact_email") String contactEmail,
        @Schema(nullable = true) @JsonProperty("contact_phone") String contactPhone,
        @Schema(nullable = true) @JsonProperty("legal_entity_name") String legalEntityName,
        @Schema(nullable = true) @JsonProperty("incorporation_type") String incorporationType,
        @Schema(nullable = true) @JsonProperty("gst_number") String gstNumber,
        @Schema(nullable = true) @JsonProperty("pan_number") String panNumber,
        @Schema(nullable = true) @JsonProperty("fssai_number") String fssaiNumber,
        List<String> categories,
        @Schema(nullable = true) @JsonProperty("bank_account") SellerBankAccount bankAccount,
        @Schema(nullable = true) @JsonProperty("consent_object") String consentObject,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static SellerView of(Seller seller) {
        SellerBankAccount bank = seller.bankAccountNumber == null ? null
                : new SellerBankAccount(seller.bankAccountNumber, seller.bankIfscCode);
        return new SellerView(seller.id, seller.id, seller.name, seller.partnerId, seller.contactEmail, seller.contactPhone,
                seller.legalEntityName, seller.incorporationType, seller.gstNumber, seller.panNumber, seller.fssaiNumber,
                Json.stringList(seller.categories), bank, seller.consentObject, seller.createdAt, seller.updatedAt);
    }
}
