package in.haat.catalogue.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code seller.updated}, version 1: the seller after the change. Contact details and the bank
 * account stay out: no consumer needs them, and events are kept on the topic far longer than a PATCH lives.
 */
public record SellerUpdated(
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("partner_id") String partnerId,
        String name,
        @JsonProperty("legal_entity_name") String legalEntityName,
        @JsonProperty("incorporation_type") String incorporationType,
        @JsonProperty("gst_number") String gstNumber,
        @JsonProperty("pan_number") String panNumber,
        @JsonProperty("fssai_number") String fssaiNumber,
        List<String> categories,
        @JsonProperty("updated_at") Instant updatedAt) {
}
