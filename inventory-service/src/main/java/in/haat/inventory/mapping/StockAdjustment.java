package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.inventory.StockLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of on hand by a number of units, and why: goods received (+), damaged or counted short (-). */
@Schema(name = "StockAdjustment")
public record StockAdjustment(
        @Schema(description = "units to add (positive) or take away (negative); not 0", example = "-3", required = true)
        @NotNull @Min(-StockLevel.MAX_QUANTITY) @Max(StockLevel.MAX_QUANTITY) Integer delta,
        @Schema(description = "why, in the seller's words: received, damaged, correction, cycle count, ...",
                example = "damaged", required = true)
        @NotBlank @Size(max = 200) String reason,
        @Schema(description = "the seller's document for it: a purchase order, a stock-take sheet, ...")
        @Size(max = 200) String reference,
        @Schema(description = "compare-and-set: apply only if on_hand is this now; otherwise 409 ON_HAND_CHANGED")
        @JsonProperty("expected_on_hand") @Min(0) @Max(StockLevel.MAX_QUANTITY) Integer expectedOnHand) {
}
