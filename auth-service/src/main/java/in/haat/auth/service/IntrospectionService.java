package in.haat.auth.service;

import in.haat.auth.ApiClient;
import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.repository.RefreshTokenRepository;
import in.haat.auth.repository.RevokedAccessTokenRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;

/**
 * Token introspection (RFC 7662) for authenticated clients, about their own tokens (a revoked client cannot
 * authenticate, so its tokens read as inactive). An inactive, unknown
 * or foreign token answers {@code {"active": false}} and nothing else.
 */
@ApplicationScoped
public class IntrospectionService {

    private static final Map<String, Object> INACTIVE = Map.of("active", false);

    private final ClientService clients;
    private final AccessTokens accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final RevokedAccessTokenRepository revokedAccessTokens;
    private final Secrets secrets;

    public IntrospectionService(ClientService clients, AccessTokens accessTokens,
            RefreshTokenRepository refreshTokens, RevokedAccessTokenRepository revokedAccessTokens, Secrets secrets) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.revokedAccessTokens = revokedAccessTokens;
        this.secrets = secrets;
    }

    @WithSession
    public Uni<Map<String, Object>> introspect(ClientCredentials credentials, String token) {
        if (token == null || token.isBlank()) {
            return Uni.createFrom().failure(OAuthException.invalidRequest("token is required"));
        }
        return clients.authenticate(credentials).chain(caller -> RevocationService.looksLikeJwt(token)
                ? accessToken(caller, token)
                : refreshToken(caller, token));
    }

    private Uni<Map<String, Object>> accessToken(ApiClient caller, String token) {
        return accessTokens.verify(token).chain(verified -> {
            if (verified.isEmpty() || !caller.clientId.equals(verified.get().getClaimValueAsString("client_id"))) {
                return Uni.createFrom().item(INACTIVE);
            }
            JwtClaims claims = verified.get();
            return revokedAccessTokens.findById(claims.getClaimValueAsString("jti")).map(revoked -> {
                if (revoked != null) {
                    return INACTIVE;
                }
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("active", true);
                answer.put("token_type", "Bearer");
                answer.putAll(claims.getClaimsMap());
                return answer;
            });
        });
    }

    private Uni<Map<String, Object>> refreshToken(ApiClient caller, String token) {
        return refreshTokens.findById(secrets.sha256(token)).chain(found -> {
            if (found == null || !found.clientId.equals(caller.clientId) || !found.usable(Instant.now())) {
                return Uni.createFrom().item(INACTIVE);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("active", true);
            answer.put("token_type", "refresh_token");
            answer.put("client_id", found.clientId);
            answer.put("scope", found.scopes);
            answer.put("sub", "seller:" + found.sellerId);
            answer.put("iat", found.issuedAt.getEpochSecond());
            answer.put("exp", found.expiresAt.getEpochSecond());
            return Uni.createFrom().item(answer);
        });
    }
}
