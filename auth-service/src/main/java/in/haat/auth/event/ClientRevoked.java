package in.haat.auth.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Payload of {@code client.revoked}, version 1: every service refuses the client's tokens from now on. */
public record ClientRevoked(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("revoked_at") Instant revokedAt) {
}
