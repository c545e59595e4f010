package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code POST /api/orders/{id}/part-cancel}: ONDC's cancellation reason code (002: items not available) and
 * the units to cancel, by the item id the order carries (its ONDC item id).
 */
public record PartCancel(@JsonProperty("reason_code") String reasonCode, List<Line> items) {

    /** Units of one item to cancel. */
    public record Line(@JsonProperty("item_id") String itemId, Integer quantity) {
    }
}
