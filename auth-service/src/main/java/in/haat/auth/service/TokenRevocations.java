package in.haat.auth.service;

import in.haat.auth.RefreshToken;
import in.haat.auth.RevokedAccessToken;
import in.haat.auth.event.AccessTokenRevoked;
import in.haat.auth.event.AuthEvents;
import in.haat.auth.repository.RefreshTokenRepository;
import in.haat.auth.repository.RevokedAccessTokenRepository;
import in.haat.events.InOrder;
import in.haat.events.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Revokes single access tokens (recorded for introspection, and announced as {@code access-token.revoked} so that
 * every resource server refuses them) and whole refresh token families with the access tokens issued alongside.
 * Everything runs in the caller's transaction.
 */
@ApplicationScoped
public class TokenRevocations {

    private final RefreshTokenRepository refreshTokens;
    private final RevokedAccessTokenRepository revokedAccessTokens;
    private final Outbox outbox;

    public TokenRevocations(RefreshTokenRepository refreshTokens, RevokedAccessTokenRepository revokedAccessTokens, Outbox outbox) {
        this.refreshTokens = refreshTokens;
        this.revokedAccessTokens = revokedAccessTokens;
        this.outbox = outbox;
    }

    /** Revokes one access token until it expires; revoking it twice changes nothing. */
    public Uni<Void> accessToken(String clientId, String jti, Instant expiresAt) {
        if (jti == null || expiresAt == null || !expiresAt.isAfter(Instant.now())) {
            return Uni.createFrom().voidItem();
        }
        return revokedAccessTokens.findById(jti).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            RevokedAccessToken row = new RevokedAccessToken();
            row.jti = jti;
            row.clientId = clientId;
            row.revokedAt = Instant.now();
            row.expiresAt = expiresAt;
            return revokedAccessTokens.persist(row)
                    .chain(() -> outbox.publish(AuthEvents.TOPIC, AuthEvents.ACCESS_TOKEN_REVOKED, 1, clientId,
                            new AccessTokenRevoked(jti, clientId, expiresAt)))
                    .replaceWithVoid();
        });
    }

    /** Revokes a refresh token family and every access token issued with one of its tokens. */
    public Uni<Void> family(UUID familyId) {
        if (familyId == null) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        return refreshTokens.list("familyId", familyId).chain(tokens -> {
            for (RefreshToken token : tokens) {
                if (token.revokedAt == null) {
                    token.revokedAt = now;
                }
            }
            return InOrder.each(tokens, token -> accessToken(token.clientId, token.accessJti, token.accessExpiresAt));
        });
    }

    /** Revokes the families of these refresh tokens (a client's, or a seller's), with their access tokens. */
    public Uni<Void> families(List<UUID> familyIds) {
        return InOrder.each(familyIds.stream().distinct().toList(), this::family);
    }
}
