package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.catalogue.Seller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A seller as the REST API answers it; {@code setu_seller_id} is the same id under the name Setu's clients store and
 * use in storefront calls.
 */
public record SellerView(
        UUID id,
        @JsonProperty("setu_seller_id") UUID setuSellerId,
        String name,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("contact_email") String contactEmail,
        @JsonProperty("contact_phone") String contactPhone,
        @JsonProperty("legal_entity_name") String legalEntityName,
        @JsonProperty("incorporation_type") String incorporationType,
        @JsonProperty("gst_number") String gstNumber,
        @JsonProperty("pan_number") String panNumber,
        @JsonProperty("fssai_number") String fssaiNumber,
        List<String> categories,
        @JsonProperty("bank_account") SellerBankAccount bankAccount,
        @JsonProperty("consent_object") String consentObject,
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
