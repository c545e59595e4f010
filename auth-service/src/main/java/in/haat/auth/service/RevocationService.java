package in.haat.auth.service;

import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.repository.RefreshTokenRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;

/**
 * Token revocation (RFC 7009): a client revokes its own refresh token (and with it the token's family and the
 * access tokens issued with them) or access token; every resource server learns of it ({@code access-token.revoked}).
 * Unknown, invalid or foreign tokens are ignored, as the RFC asks, so the answer reveals nothing.
 */
@ApplicationScoped
public class RevocationService {

    private static final Set<String> HINTS = Set.of("access_token", "refresh_token");

    private final ClientService clients;
    private final AccessTokens accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final TokenRevocations revocations;
    private final Secrets secrets;

    public RevocationService(ClientService clients, AccessTokens accessTokens, RefreshTokenRepository refreshTokens,
            TokenRevocations revocations, Secrets secrets) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.secrets = secrets;
    }

    @WithTransaction
    public Uni<Void> revoke(ClientCredentials credentials, String token, String hint) {
        if (token == null || token.isBlank()) {
            return Uni.createFrom().failure(OAuthException.invalidRequest("token is required"));
        }
        if (hint != null && !HINTS.contains(hint)) {
            return Uni.createFrom().failure(OAuthException.unsupportedTokenType("token_type_hint must be access_token or refresh_token"));
        }
        return clients.authenticate(credentials).chain(client -> looksLikeJwt(token)
                ? accessTokens.verify(token).chain(claims -> claims
                        .filter(c -> client.clientId.equals(c.getClaimValueAsString("client_id")))
                        .map(c -> revocations.accessToken(client.clientId, c.getClaimValueAsString("jti"),
                                Instant.ofEpochSecond(((Number) c.getClaimValue("exp")).longValue())))
                        .orElse(Uni.createFrom().voidItem()))
                : refreshTokens.findById(secrets.sha256(token)).chain(found -> found == null || !found.clientId.equals(client.clientId)
                        ? Uni.createFrom().voidItem()
                        : revocations.family(found.familyId)));
    }

    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
