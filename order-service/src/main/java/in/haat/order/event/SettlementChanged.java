package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code order.settlement-changed}, version 1: the network said something of an order's settlement (the
 * collector's /recon, the settlement agency's report): its state after and before, why, and what the seller is owed.
 */
public record SettlementChanged(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        String state,
        @JsonProperty("previous_state") String previousState,
        /** recon-agreed, recon-disputed, report-settled, report-mismatched, report-not-settled. */
        String cause,
        String reason,
        @JsonProperty("net_payable") String netPayable,
        @JsonProperty("collector_pays") String collectorPays,
        @JsonProperty("changed_at") Instant changedAt) {
}
