package in.haat.inventory.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.inventory.StockLevel;
import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code stock.changed}, version 1: the item's quantities after the change, what caused it and under
 * which reference (the hold's reference, or the adjustment's document), so a reader can show live availability.
 */
public record StockChanged(
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("catalogue_item_id") UUID catalogueItemId,
        @JsonProperty("on_hand") int onHand,
        int held,
        int committed,
        int available,
        Unit unit,
        StockChangeCause cause,
        String reference,
        String reason,
        long version,
        @JsonProperty("changed_at") Instant changedAt) {

    /** The unit the quantities count; both null when the catalogue item has none. */
    public record Unit(String denomination, Integer value) {
    }

    public static StockChanged of(StockLevel level, StockChangeCause cause, String reference, String reason) {
        return new StockChanged(level.storefrontId, level.sellerId, level.catalogueItemId, level.onHand, level.held,
                level.committed, level.available, new Unit(level.unitDenomination, level.unitValue), cause, reference,
                reason, level.version, level.updatedAt);
    }
}
