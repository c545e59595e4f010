package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a batch: exactly one of {@code quantity} (set on hand, as Setu does) or {@code delta} (adjust). */
@Schema(name = "StockBatchItem")
public record StockBatchItem(
        @Schema(required = true) @JsonProperty("catalogue_item_id") UUID catalogueItemId,
        @Schema(description = "absolute units on hand (a set)") Integer quantity,
        @Schema(description = "units to add or take away (an adjustment); needs reason") Integer delta,
        @JsonProperty("unit_denomination") UnitDenomination unitDenomination,
        @JsonProperty("unit_value") Integer unitValue,
        @JsonProperty("expected_on_hand") Integer expectedOnHand,
        String reason,
        String reference) {
}
