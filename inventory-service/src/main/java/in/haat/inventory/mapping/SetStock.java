package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.inventory.StockLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Setu's inventory update: the absolute quantity on hand, counted in units of {@code unit_value}
 * {@code unit_denomination} (2000 units of 300 GM). Setu's own body is just {@code {"quantity": 3000}}; the unit,
 * when given, must be the catalogue item's.
 */
@Schema(name = "SetStock")
public record SetStock(
        @Schema(description = "units on hand, absolute", example = "2000", required = true)
        @NotNull @Min(0) @Max(StockLevel.MAX_QUANTITY) Integer quantity,
        @Schema(description = "the unit the quantity counts; must match the catalogue item's", example = "GM")
        @JsonProperty("unit_denomination") UnitDenomination unitDenomination,
        @Schema(description = "how many unit_denomination one unit is", example = "300")
        @JsonProperty("unit_value") @Positive @Max(StockLevel.MAX_QUANTITY) Integer unitValue,
        @Schema(description = "compare-and-set: apply only if on_hand is this now; otherwise 409 ON_HAND_CHANGED")
        @JsonProperty("expected_on_hand") @Min(0) @Max(StockLevel.MAX_QUANTITY) Integer expectedOnHand) {
}
