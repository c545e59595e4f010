package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * Payload of order-service's stock requests, version 1: hold, commit, release, ship or give back the units of a
 * storefront's items under one reference. {@code ttl} (ISO-8601) only for a hold.
 */
public record StockRequest(
        String reference,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("order_id") String orderId,
        List<Line> items,
        String ttl) {

    /** Units of one catalogue item. */
    public record Line(@JsonProperty("catalogue_item_id") UUID catalogueItemId, int quantity) {
    }
}
