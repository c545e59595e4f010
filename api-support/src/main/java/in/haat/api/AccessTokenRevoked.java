package in.haat.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Payload of auth-service's {@code access-token.revoked}, version 1: one access token, refused until it expires. */
public record AccessTokenRevoked(
        @JsonProperty("jti") String jti,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("expires_at") Instant expiresAt) {
}
