package in.haat.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth2 clients auth-service has revoked, kept in memory by every replica from {@code client.revoked}
 * events. A token outlives its client only until this replica has read the event: a second or so.
 */
@ApplicationScoped
public class RevokedClients {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    /** Marks a client revoked; the earliest revocation instant seen is kept. */
    public void revoke(String clientId, Instant revokedAt) {
        revoked.merge(clientId, revokedAt == null ? Instant.now() : revokedAt,
                (known, later) -> known.isBefore(later) ? known : later);
    }

    /** Whether the client was revoked; its tokens are then refused whenever they were issued. */
    public boolean isRevoked(String clientId) {
        return clientId != null && revoked.containsKey(clientId);
    }

    /** How many clients are revoked (for logs and tests). */
    public int size() {
        return revoked.size();
    }
}
