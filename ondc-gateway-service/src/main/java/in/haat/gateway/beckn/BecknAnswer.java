package in.haat.gateway.beckn;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The synchronous answer to a beckn request: {@code {"message": {"ack": {"status": "ACK"|"NACK"}}, "error"?: ...}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BecknAnswer(Map<String, Map<String, String>> message, BecknError error) {

    public static BecknAnswer ack() {
        return new BecknAnswer(Map.of("ack", Map.of("status", "ACK")), null);
    }

    public static BecknAnswer nack(BecknError error) {
        return new BecknAnswer(Map.of("ack", Map.of("status", "NACK")), error);
    }

    public boolean acked() {
        return error == null;
    }
}
