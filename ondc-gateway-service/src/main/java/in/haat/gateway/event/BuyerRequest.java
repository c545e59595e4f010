package in.haat.gateway.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code ondc.<action>}, version 1: the request as received (context and message) and where it is logged. */
public record BuyerRequest(
        String action,
        JsonNode context,
        JsonNode message,
        @JsonProperty("received_at") Instant receivedAt,
        @JsonProperty("log_id") UUID logId) {
}
