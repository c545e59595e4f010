package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.inventory.StockLevel;
import java.time.Instant;
import java.util.UUID;

/** A stock level as the REST API answers it. */
public record StockLevelView(
        @JsonProperty("catalogue_item_id") UUID catalogueItemId,
        @JsonProperty("location_id") UUID locationId,
        @JsonProperty("on_hand") int onHand,
        int held,
        int committed,
        int available,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static StockLevelView of(StockLevel level) {
        return new StockLevelView(level.catalogueItemId, level.locationId, level.onHand, level.held, level.committed,
                level.available, level.updatedAt);
    }
}
