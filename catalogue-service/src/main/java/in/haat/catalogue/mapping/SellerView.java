package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.catalogue.Seller;
import java.time.Instant;
import java.util.UUID;

/** A seller as the REST API answers it. */
public record SellerView(
        UUID id,
        String name,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("contact_email") String contactEmail,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static SellerView of(Seller seller) {
        return new SellerView(seller.id, seller.name, seller.partnerId, seller.contactEmail, seller.createdAt, seller.updatedAt);
    }
}
