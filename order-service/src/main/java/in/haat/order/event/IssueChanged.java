package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code order.issue-changed}, version 1: an action on an issue (the buyer's OPEN, INFO_PROVIDED,
 * ESCALATE, CLOSE or the seller's PROCESSING, NEED-MORE-INFO, RESOLVED), and where the issue stands after it.
 */
public record IssueChanged(
        @JsonProperty("issue_id") String issueId,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        String action,
        @JsonProperty("by_buyer") boolean byBuyer,
        String state,
        @JsonProperty("previous_state") String previousState,
        @JsonProperty("issue_type") String issueType,
        JsonNode resolution,
        @JsonProperty("respond_by") Instant respondBy,
        @JsonProperty("resolve_by") Instant resolveBy,
        @JsonProperty("changed_at") Instant changedAt) {
}
