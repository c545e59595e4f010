package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * IGM 1.0.0's {@code resolution}: what the respondent did ({@code action_triggered} REFUND, REPLACEMENT, RETURN, CANCEL,
 * NO-ACTION; {@code refund_amount} for a refund). Fields this record does not name are kept in {@code extra}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resolution(
        @JsonProperty("short_desc") String shortDesc,
        @JsonProperty("long_desc") String longDesc,
        @JsonProperty("action_triggered") String actionTriggered,
        @JsonProperty("refund_amount") String refundAmount,
        @JsonProperty("gro_remarks") String groRemarks,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Resolution {
        extra = Extra.of(extra);
    }
}
