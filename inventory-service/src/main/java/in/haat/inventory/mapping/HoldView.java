package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.inventory.StockHold;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hold as the REST API answers it; status is held, committed, released or expired. */
public record HoldView(
        @JsonProperty("storefront_id") UUID storefrontId,
        String reference,
        String status,
        @Schema(nullable = true, description = "when the hold expires; null for an ONDC order's hold, which order-service ends")
        @JsonProperty("expires_at") Instant expiresAt,
        List<HoldLine> items,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static HoldView of(StockHold hold) {
        return new HoldView(hold.storefrontId(), hold.reference(), hold.status(), hold.expiresAt(), hold.items(),
                hold.createdAt(), hold.updatedAt());
    }
}
