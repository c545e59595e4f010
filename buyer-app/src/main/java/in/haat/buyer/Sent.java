package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;

/** A signed request as sent and the gateway's synchronous answer (ACK or NACK), with when each happened (System.nanoTime). */
public record Sent(String action, String messageId, String timestamp, JsonNode body, int status, JsonNode answer,
        long sentNanos, long answeredNanos) {

    public boolean acked() {
        return status == 200 && "ACK".equals(answer.path("message").path("ack").path("status").asText());
    }

    public double ackMillis() {
        return (answeredNanos - sentNanos) / 1e6;
    }
}
