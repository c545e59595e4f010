package in.haat.gateway.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Payload of {@code ondc.result} on {@code haat.ondc.responses}, version 1: what a domain service answers for a
 * transaction. {@code request_message_id} names the request it answers (a solicited callback echoes its
 * message_id); null makes an unsolicited callback with a fresh message_id. The gateway adds the context.
 */
public record DomainResult(
        String action,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("request_message_id") String requestMessageId,
        JsonNode message,
        JsonNode error) {
}
