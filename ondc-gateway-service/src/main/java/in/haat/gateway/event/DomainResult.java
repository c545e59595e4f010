package in.haat.gateway.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Payload of {@code ondc.result} on {@code haat.ondc.responses}, version 1: what a domain service answers for a
 * transaction. {@code request_message_id} names the request it answers (a solicited callback echoes its
 * message_id); null makes an unsolicited callback with a fresh message_id. The gateway adds the context, in the city
 * of the request unless {@code city} names one (a /search of every city, "*", is answered city by city: ONDC's callbacks
 * name their city, never "*").
 */
public record DomainResult(
        String action,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("request_message_id") String requestMessageId,
        JsonNode message,
        JsonNode error,
        String city) {

    public DomainResult(String action, String transactionId, String requestMessageId, JsonNode message, JsonNode error) {
        this(action, transactionId, requestMessageId, message, error, null);
    }
}
