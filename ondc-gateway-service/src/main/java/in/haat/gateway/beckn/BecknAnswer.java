package in.haat.gateway.beckn;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The synchronous answer to a beckn request: {@code {"message": {"ack": {"status": "ACK"|"NACK"}}, "error"?: ...}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BecknAnswer(Map<String, Map<String, String>> message, BecknError error) {

    private static final BecknAnswer ACK = new BecknAnswer(Map.of("ack", Map.of("status", "ACK")), null);
    /**
     * The ACK as sent, written once: it is every accepted request's answer, and writing it through Jackson per
     * request was 5.5% of the gateway's CPU under /select load (issue 15). {@code BecknAnswerTest} keeps it equal to
     * what Jackson writes for {@link #ack()}.
     */
    private static final byte[] ACK_JSON = "{\"message\":{\"ack\":{\"status\":\"ACK\"}}}".getBytes(StandardCharsets.UTF_8);

    public static BecknAnswer ack() {
        return ACK;
    }

    public static BecknAnswer nack(BecknError error) {
        return new BecknAnswer(Map.of("ack", Map.of("status", "NACK")), error);
    }

    public boolean acked() {
        return error == null;
    }

    /** What goes on the wire: the ACK's bytes, or this answer for the JSON writer. */
    public Object entity() {
        return this == ACK ? ACK_JSON.clone() : this;
    }
}
