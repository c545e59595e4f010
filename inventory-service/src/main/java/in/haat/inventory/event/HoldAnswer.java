package in.haat.inventory.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of inventory-service's answers to order-service's stock requests ({@code stock.held}, {@code stock.hold-refused},
 * {@code stock.committed}, {@code stock.commit-refused}), version 1: the reference asked about, the hold that answered it
 * ({@code hold_reference}; another one when an expired hold was taken again at commit), its time limit, and the items short
 * of stock with what was available.
 */
public record HoldAnswer(
        String reference,
        @JsonProperty("hold_reference") String holdReference,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("expires_at") Instant expiresAt,
        List<Short> shortfall) {

    /** An item short of stock and what it had available (0 for an item not in the catalogue). */
    public record Short(@JsonProperty("catalogue_item_id") UUID catalogueItemId, int available) {
    }
}
