package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The seller's response to an issue: {@code action} PROCESSING, NEED-MORE-INFO or RESOLVED, what to tell the buyer, and
 * for RESOLVED the resolution ({@code action} REFUND, REPLACEMENT, RETURN, CANCEL, NO-ACTION; {@code refund_amount} in
 * rupees for a refund).
 */
public record IssueResponse(String action, @JsonProperty("short_desc") String shortDesc, Resolution resolution) {

    /** How the issue was resolved. */
    public record Resolution(String action, @JsonProperty("short_desc") String shortDesc, @JsonProperty("long_desc") String longDesc,
            @JsonProperty("refund_amount") String refundAmount) {
    }
}
