package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * inventory-service's answer to a stock request ({@code stock.held}, {@code stock.hold-refused}, {@code stock.committed},
 * {@code stock.commit-refused}), version 1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StockAnswer(
        String reference,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("expires_at") Instant expiresAt,
        List<Short> shortfall) {

    /** An item short of stock, and how much was available. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Short(@JsonProperty("catalogue_item_id") UUID catalogueItemId, int available) {
    }
}
