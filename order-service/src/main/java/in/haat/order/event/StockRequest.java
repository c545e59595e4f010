package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * Payload of order-service's stock requests, version 1: hold, commit, release, ship or give back the units of a
 * storefront's items under one reference. Only for a hold: {@code ttl} (ISO-8601), and {@code until_released} true:
 * no time limit at inventory-service, we commit or release it (an inventory-service without it applies {@code ttl}).
 * Only for a commit: {@code order_made} true when the order was already made on a hold held until released, so nothing
 * waits for {@code stock.committed} and inventory-service answers only a refusal (one that does not know it answers both).
 */
public record StockRequest(
        String reference,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("order_id") String orderId,
        List<Line> items,
        String ttl,
        @JsonProperty("until_released") Boolean untilReleased,
        @JsonProperty("order_made") Boolean orderMade) {

    /** Units of one catalogue item. */
    public record Line(@JsonProperty("catalogue_item_id") UUID catalogueItemId, int quantity) {
    }
}
