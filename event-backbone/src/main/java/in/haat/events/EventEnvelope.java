package in.haat.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The one envelope every Haat event travels in, on every topic. */
public record EventEnvelope(
        UUID id,
        String type,
        int version,
        @JsonProperty("occurred_at") Instant occurredAt,
        String key,
        Map<String, String> trace,
        JsonNode payload) {

    public EventEnvelope {
        check(id, type, version, occurredAt, key, payload);
        trace = trace == null ? Map.of() : Map.copyOf(trace);
    }

    /** What every envelope must have, also one written straight from its payload ({@link EventCodec}). */
    static void check(UUID id, String type, int version, Instant occurredAt, String key, Object payload) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurred_at");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
    }
}
