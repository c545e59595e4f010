package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.IssueHistory;
import in.haat.order.OrderIssue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An issue as the seller API answers it: what it is about, where it stands, its deadlines, and its history when asked for one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueView(
        String id,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("bap_id") String bapId,
        @JsonProperty("igm_version") String igmVersion,
        String category,
        @JsonProperty("sub_category") String subCategory,
        @JsonProperty("issue_type") String issueType,
        String state,
        @JsonProperty("short_desc") String shortDesc,
        @JsonProperty("long_desc") String longDesc,
        JsonNode images,
        @JsonProperty("item_ids") JsonNode itemIds,
        @JsonProperty("fulfilment_ids") JsonNode fulfilmentIds,
        JsonNode complainant,
        JsonNode resolution,
        JsonNode gro,
        /** The ODR provider a dispute went to; null before. */
        JsonNode odr,
        @JsonProperty("response_time") String responseTime,
        @JsonProperty("resolution_time") String resolutionTime,
        @JsonProperty("raised_at") Instant raisedAt,
        @JsonProperty("respond_by") Instant respondBy,
        @JsonProperty("resolve_by") Instant resolveBy,
        boolean overdue,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        List<Step> history) {

    /** One action: the buyer's or ours, the state after it, what was said, by whom, when. */
    public record Step(String action, @JsonProperty("by_buyer") boolean byBuyer, String state,
            @JsonProperty("short_desc") String shortDesc, String by, Instant at) {
    }

    public static IssueView of(OrderIssue i, List<IssueHistory> history, Instant now) {
        return new IssueView(i.id, i.orderId, i.storefrontId, i.sellerId, i.bapId, i.igmVersion, i.category, i.subCategory, i.issueType,
                i.state.code(), text(i.description, "short_desc"), text(i.description, "long_desc"),
                i.description == null || !i.description.has("images") ? null : i.description.get("images"),
                i.concerns.path("item_ids"), i.concerns.path("fulfilment_ids"), i.complainant, i.resolution, i.gro, i.odr,
                i.responseTime, i.resolutionTime, i.raisedAt, i.respondBy, i.resolveBy, i.deadlines().overdue(now), i.createdAt, i.updatedAt,
                history == null ? null : history.stream().map(h -> new Step(h.move.code(), h.complainant, h.state.code(), h.shortDesc,
                        h.byName, h.at)).toList());
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.path(field).isTextual() ? null : node.path(field).asText();
    }
}
