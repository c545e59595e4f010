package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The gateway's {@code ondc.<action>} payload, version 1: a verified buyer request as received. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BuyerRequest(String action, JsonNode context, JsonNode message, @JsonProperty("received_at") Instant receivedAt) {

    public String transactionId() {
        return context.path("transaction_id").asText();
    }

    public String messageId() {
        return context.path("message_id").asText();
    }

    /** The retail version the buyer app speaks (1.2.0 or 1.2.5); our answer is in the same. */
    public String coreVersion() {
        return context.path("core_version").asText();
    }

    public String bapId() {
        return context.path("bap_id").asText();
    }

    public JsonNode order() {
        return message == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : message.path("order");
    }
}
