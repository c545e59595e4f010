package in.haat.inventory.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.api.ApiError;
import java.util.List;
import java.util.UUID;

/** What became of a batch: how many items were applied and rejected, and each item's own result in request order. */
public record StockBatchResult(int updated, int rejected, List<Item> results) {

    /** One item's result: {@code updated} with the new stock, or {@code rejected} with an error in the one error shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, @JsonProperty("catalogue_item_id") UUID catalogueItemId, String status,
            StockLevelView stock, ApiError.Body error) {

        public static Item updated(int index, StockLevelView stock) {
            return new Item(index, stock.catalogueItemId(), "updated", stock, null);
        }

        public static Item rejected(int index, UUID catalogueItemId, ApiError.Body error) {
            return new Item(index, catalogueItemId, "rejected", null, error);
        }
    }
}
