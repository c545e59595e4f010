package in.haat.order.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Payload of {@code ondc.result} on {@code haat.ondc.responses}, version 1, as the gateway reads it: the /on_* action,
 * the transaction, the request answered (null: unsolicited, a fresh message_id), the message and an ONDC error.
 */
public record OndcResult(
        String action,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("request_message_id") String requestMessageId,
        JsonNode message,
        JsonNode error) {
}
