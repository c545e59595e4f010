package in.haat.gateway.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.OndcMessage;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** A transaction-log entry as the REST API answers it, with the message body as it crossed the edge. */
public record OndcMessageView(
        UUID id,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("message_id") String messageId,
        String action,
        String direction,
        @JsonProperty("received_at") Instant receivedAt,
        /** Whether the sender's signature verified; null for our own callbacks (we signed them). */
        @Schema(nullable = true) @JsonProperty("signature_ok") Boolean signatureOk,
        JsonNode body,
        /** What the request checks noted but let through (ONDC accepts it): extra fields, unlisted enum values. */
        JsonNode warnings) {

    public static OndcMessageView of(OndcMessage message) {
        return new OndcMessageView(message.id, message.transactionId, message.messageId, message.action,
                message.direction, message.receivedAt, message.signatureOk, message.body, message.warnings);
    }
}
