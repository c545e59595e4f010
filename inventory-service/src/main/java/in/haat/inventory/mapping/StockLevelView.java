package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.inventory.StockLevel;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stock level as the REST API answers it: the four quantities, in units of the item's unit (null when the item has none). */
public record StockLevelView(
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("catalogue_item_id") UUID catalogueItemId,
        @JsonProperty("on_hand") int onHand,
        int held,
        int committed,
        int available,
        @Schema(nullable = true) @JsonProperty("unit_denomination") String unitDenomination,
        @Schema(nullable = true) @JsonProperty("unit_value") Integer unitValue,
        long version,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static StockLevelView of(StockLevel level) {
        return new StockLevelView(level.storefrontId, level.catalogueItemId, level.onHand, level.held, level.committed,
                level.available, level.unitDenomination, level.unitValue, level.version, level.updatedAt);
    }
}
