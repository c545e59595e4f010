package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import java.util.Map;

/**
 * The message of an order request or callback: the order (select to confirm, update and their callbacks), or the
 * order id (status, track, cancel), with update_target and the cancellation reason. Fields this record does not name
 * are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderMessage(
        Order order,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("update_target") String updateTarget,
        @JsonProperty("cancellation_reason_id") String cancellationReasonId,
        Descriptor descriptor,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public OrderMessage {
        extra = Extra.of(extra);
    }
}
