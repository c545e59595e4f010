package in.haat.auth.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Payload of {@code access-token.revoked}, version 1: every service refuses this one token until it expires. */
public record AccessTokenRevoked(
        @JsonProperty("jti") String jti,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("expires_at") Instant expiresAt) {
}
