package in.haat.auth.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Payload of {@code client.secret-rotated}, version 1. */
public record ClientSecretRotated(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("rotated_at") Instant rotatedAt) {
}
