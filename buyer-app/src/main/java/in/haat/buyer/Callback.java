package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One callback as the buyer app's server received it: the exact bytes (what the signature covers) and their JSON. */
public record Callback(String action, String authorization, byte[] raw, JsonNode body, Instant receivedAt, long receivedNanos) {

    public String transactionId() {
        return body.path("context").path("transaction_id").asText();
    }

    public String messageId() {
        return body.path("context").path("message_id").asText();
    }

    public String timestamp() {
        return body.path("context").path("timestamp").asText();
    }

    public JsonNode order() {
        return body.path("message").path("order");
    }

    /** The ONDC error the callback carries, or a missing node. */
    public JsonNode error() {
        return body.path("error");
    }

    public boolean hasError() {
        return body.path("error").isObject() && body.path("error").has("code");
    }
}
