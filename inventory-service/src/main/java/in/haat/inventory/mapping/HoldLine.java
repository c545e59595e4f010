package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.inventory.StockLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** So many units of one catalogue item, in a hold. */
public record HoldLine(
        @Schema(required = true) @JsonProperty("catalogue_item_id") @NotNull UUID catalogueItemId,
        @Schema(required = true, example = "2") @NotNull @Positive @Max(StockLevel.MAX_QUANTITY) Integer quantity) {
}
