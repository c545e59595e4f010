package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.order.SellerOrder;
import java.time.Instant;
import java.util.UUID;

/** An order as the REST API answers it; the total is a decimal string in rupees, as ONDC writes prices. */
public record SellerOrderView(
        UUID id,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("ondc_transaction_id") String ondcTransactionId,
        String state,
        String total,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static SellerOrderView of(SellerOrder order) {
        return new SellerOrderView(order.id, order.storefrontId, order.ondcTransactionId, order.state,
                order.total.toPlainString(), order.createdAt, order.updatedAt);
    }
}
