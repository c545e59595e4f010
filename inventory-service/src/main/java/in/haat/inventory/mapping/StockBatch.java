package in.haat.inventory.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Many stock changes of one storefront in one call. Items are read one by one, so an item that is not even
 * the right shape is rejected on its own and does not sink the others.
 */
@Schema(name = "StockBatch")
public record StockBatch(
        @Schema(type = SchemaType.ARRAY, implementation = StockBatchItem.class, required = true,
                description = "1 to 1000 changes, applied in this order")
        @NotNull List<JsonNode> items) {
}
