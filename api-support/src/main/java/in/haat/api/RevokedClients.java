package in.haat.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth2 clients auth-service has revoked, and the single access tokens it has revoked (RFC 7009), kept in
 * memory by every replica from {@code client.revoked} and {@code access-token.revoked} events. A token outlives
 * its revocation only until this replica has read the event: a second or so.
 */
@ApplicationScoped
public class RevokedClients {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    /** Single access tokens revoked with RFC 7009, by jti, until they expire. */
    private final Map<String, Instant> revokedTokens = new ConcurrentHashMap<>();

    /** Marks a client revoked; the earliest revocation instant seen is kept. */
    public void revoke(String clientId, Instant revokedAt) {
        revoked.merge(clientId, revokedAt == null ? Instant.now() : revokedAt,
                (known, later) -> known.isBefore(later) ? known : later);
    }

    /** Whether the client was revoked; its tokens are then refused whenever they were issued. */
    public boolean isRevoked(String clientId) {
        return clientId != null && revoked.containsKey(clientId);
    }

    /** Marks one access token revoked until it expires; expired ones are forgotten as new ones come. */
    public void revokeToken(String jti, Instant expiresAt) {
        Instant now = Instant.now();
        if (expiresAt != null && expiresAt.isAfter(now)) {
            revokedTokens.put(jti, expiresAt);
        }
        revokedTokens.values().removeIf(expiry -> expiry.isBefore(now));
    }

    /** Whether this one access token was revoked. */
    public boolean isTokenRevoked(String jti) {
        return jti != null && revokedTokens.containsKey(jti);
    }

    /** How many clients are revoked (for logs and tests). */
    public int size() {
        return revoked.size();
    }
}
