package in.haat.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** auth-service's {@code client.revoked} payload, version 1. */
public record ClientRevoked(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("revoked_at") Instant revokedAt) {
}
