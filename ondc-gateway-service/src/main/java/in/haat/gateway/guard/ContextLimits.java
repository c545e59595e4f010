package in.haat.gateway.guard;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.beckn.BecknError;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Upper bounds ONDC leaves implicit: ids no longer than an index can hold (ONDC sends UUIDs), a ttl no longer than
 * a day (ONDC sends PT30S; a callback is retried until the request's ttl runs out), a bap_uri of sane length.
 */
public final class ContextLimits {

    static final int MAX_URI_LENGTH = 2048;

    private final int maxIdLength;
    private final Duration maxTtl;

    public ContextLimits(int maxIdLength, Duration maxTtl) {
        this.maxIdLength = maxIdLength;
        this.maxTtl = maxTtl;
    }

    public Optional<BecknError> check(JsonNode context) {
        for (String id : new String[] {"message_id", "transaction_id"}) {
            if (context.path(id).asText("").length() > maxIdLength) {
                return invalid("context." + id, id + " must be at most " + maxIdLength + " characters");
            }
        }
        if (context.path("bap_uri").asText("").length() > MAX_URI_LENGTH) {
            return invalid("context.bap_uri", "bap_uri must be at most " + MAX_URI_LENGTH + " characters");
        }
        if (context.path("ttl").isTextual()) {
            try {
                if (Duration.parse(context.get("ttl").asText()).compareTo(maxTtl) > 0) {
                    return invalid("context.ttl", "ttl must be at most " + maxTtl);
                }
            } catch (DateTimeParseException | ArithmeticException unreadable) {
                // The context rules answer an unreadable ttl.
            }
        }
        return Optional.empty();
    }

    private static Optional<BecknError> invalid(String path, String message) {
        return Optional.of(BecknError.invalidContext(path, message));
    }
}
