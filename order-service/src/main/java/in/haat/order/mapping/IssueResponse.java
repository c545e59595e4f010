package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The seller's response to an issue: {@code action} PROCESSING, NEED-MORE-INFO or RESOLVED, what to tell the buyer, and
 * for RESOLVED the resolution ({@code action} REFUND, REPLACEMENT, RETURN, CANCEL, NO-ACTION; {@code refund_amount} in
 * rupees for a refund; {@code reason_code} ONDC's return reason for a RETURN, cancellation reason for a CANCEL;
 * {@code items} the units a RETURN takes back, the issue's items in full when absent).
 */
public record IssueResponse(String action, @JsonProperty("short_desc") String shortDesc, Resolution resolution) {

    /** How the issue was resolved. */
    public record Resolution(String action, @JsonProperty("short_desc") String shortDesc, @JsonProperty("long_desc") String longDesc,
            @JsonProperty("refund_amount") String refundAmount, @JsonProperty("reason_code") String reasonCode,
            List<PartCancel.Line> items) {
    }
}
