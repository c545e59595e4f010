package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.TagGroup;
import java.util.List;
import java.util.Map;

/**
 * One cancellation term (retail 1.2.5): from a fulfilment state, the fee. Fields this record does not name are kept in
 * {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancellationTerm(
        @JsonProperty("fulfillment_state") FulfillmentState fulfillmentState,
        @JsonProperty("reason_required") Boolean reasonRequired,
        @JsonProperty("cancellation_fee") CancellationFee cancellationFee,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CancellationTerm {
        extra = Extra.of(extra);
    }
}
