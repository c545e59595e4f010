package in.haat.auth.service;

import in.haat.auth.ApiClient;
import in.haat.auth.ClientKind;
import in.haat.auth.RefreshToken;
import in.haat.auth.config.AuthConfig;
import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.mapping.TokenResponse;
import in.haat.auth.repository.AuthorizationCodeRepository;
import in.haat.auth.repository.RefreshTokenRepository;
import in.haat.auth.repository.SellerConsentRepository;
import in.haat.auth.SellerConsent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The token endpoint's grants: client_credentials, authorization_code with PKCE, and refresh_token with rotation. */
@ApplicationScoped
public class TokenService {

    private final ClientService clients;
    private final AccessTokens accessTokens;
    private final AuthorizationCodeRepository codes;
    private final RefreshTokenRepository refreshTokens;
    private final SellerConsentRepository consents;
    private final Secrets secrets;
    private final AuthConfig config;
    private final TokenRevocations revocations;

    public TokenService(ClientService clients, AccessTokens accessTokens, AuthorizationCodeRepository codes,
            RefreshTokenRepository refreshTokens, SellerConsentRepository consents, Secrets secrets, AuthConfig config,
            TokenRevocations revocations) {
        this.revocations = revocations;
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.consents = consents;
        this.secrets = secrets;
        this.config = config;
    }

    /** Answers a token request; {@code form} holds the request's parameters. */
    public Uni<TokenResponse> token(ClientCredentials credentials, Map<String, String> form) {
        return Panache.withTransaction(() -> grant(credentials, form))
                .onFailure(RollbackThen.class).recoverWithUni(failure -> {
                    // The grant's transaction rolled back; what the refusal must change commits on its own.
                    RollbackThen then = (RollbackThen) failure;
                    return Panache.withTransaction(then.change).chain(() -> Uni.createFrom().failure(then.answer));
                });
    }

    private Uni<TokenResponse> grant(ClientCredentials credentials, Map<String, String> form) {
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            return Uni.createFrom().failure(OAuthException.invalidRequest("grant_type is required"));
        }
        if (!Set.of("client_credentials", "authorization_code", "refresh_token").contains(grantType)) {
            return Uni.createFrom().failure(OAuthException.unsupportedGrantType(grantType));
        }
        return clients.authenticate(credentials).chain(client -> switch (grantType) {
            case "client_credentials" -> clientCredentials(client, form.get("scope"), config.accessTokenLifetime())
                    .map(issued -> new TokenResponse(issued.jwt(), "Bearer", issued.expiresIn(), null, String.join(" ", issued.scopes())));
            case "authorization_code" -> authorizationCode(client, form);
            default -> refresh(client, form);
        });
    }

    /** The client_credentials grant, also behind the Setu-compatible call. Runs in the caller's transaction. */
    public Uni<AccessTokens.Issued> clientCredentials(ApiClient client, String scope, Duration lifetime) {
        if (client.kind == ClientKind.THIRD_PARTY) {
            return Uni.createFrom().failure(OAuthException.unauthorizedClient(
                    "a third-party app acts for sellers only with their consent: use authorization_code"));
        }
        Set<String> scopes;
        try {
            scopes = Scopes.grant(scope, client.scopeSet());
        } catch (OAuthException e) {
            return Uni.createFrom().failure(e);
        }
        List<UUID> sellers = client.kind == ClientKind.SELLER ? List.of(client.sellerId) : List.of();
        return accessTokens.mint(client, sellers, scopes, lifetime, client.clientId);
    }

    private Uni<TokenResponse> authorizationCode(ApiClient client, Map<String, String> form) {
        String code = form.get("code");
        String redirectUri = form.get("redirect_uri");
        String verifier = form.get("code_verifier");
        if (code == null || redirectUri == null) {
            return Uni.createFrom().failure(OAuthException.invalidRequest("code and redirect_uri are required"));
        }
        if (verifier == null || !Pkce.validVerifier(verifier)) {
            return Uni.createFrom().failure(OAuthException.invalidRequest("code_verifier is required: 43 to 128 characters of [A-Za-z0-9-._~]"));
        }
        Instant now = Instant.now();
        String codeHash = secrets.sha256(code);
        return codes.findById(codeHash).chain(grant -> {
            if (grant != null && grant.usedAt != null && grant.clientId.equals(client.clientId)) {
                // RFC 6749 4.1.2: a code used twice may have been stolen; what was issued from it is revoked.
                UUID family = grant.familyId;
                return Uni.createFrom().failure(new RollbackThen(() -> revocations.family(family),
                        OAuthException.invalidGrant("the authorization code was already used; the tokens issued from it are revoked")));
            }
            if (grant == null || grant.usedAt != null || grant.expiresAt.isBefore(now)) {
                return Uni.createFrom().failure(OAuthException.invalidGrant("the authorization code is invalid, expired or used"));
            }
            if (!grant.clientId.equals(client.clientId)) {
                return Uni.createFrom().failure(OAuthException.invalidGrant("the authorization code was issued to another client"));
            }
            if (!grant.redirectUri.equals(redirectUri)) {
                return Uni.createFrom().failure(OAuthException.invalidGrant("redirect_uri does not match the authorization request"));
            }
            if (!Pkce.matches(verifier, grant.codeChallenge)) {
                // A wrong verifier spends the code: guessing verifiers against one code gets one try.
                return Uni.createFrom().failure(new RollbackThen(
                        () -> codes.update("usedAt = ?1 where codeHash = ?2 and usedAt is null", now, codeHash).replaceWithVoid(),
                        OAuthException.invalidGrant("code_verifier does not match the code_challenge; the code is spent")));
            }
            grant.usedAt = now;
            grant.familyId = UUID.randomUUID();
            return issueForSeller(client, grant.sellerId, Set.copyOf(List.of(grant.scopes.split(" "))), grant.familyId);
        });
    }

    private Uni<TokenResponse> refresh(ApiClient client, Map<String, String> form) {
        String presented = form.get("refresh_token");
        if (presented == null || presented.isBlank()) {
            return Uni.createFrom().failure(OAuthException.invalidRequest("refresh_token is required"));
        }
        Instant now = Instant.now();
        return refreshTokens.findById(secrets.sha256(presented)).chain(token -> {
            if (token == null || !token.clientId.equals(client.clientId)) {
                return Uni.createFrom().failure(OAuthException.invalidGrant("the refresh token is invalid"));
            }
            if (token.usedAt != null && token.revokedAt == null) {
                // A rotated token came back: someone else may hold it. End the whole family (RFC 9700 4.14.2).
                UUID family = token.familyId;
                return Uni.createFrom().failure(new RollbackThen(() -> revocations.family(family),
                        OAuthException.invalidGrant("the refresh token was already used")));
            }
            if (!token.usable(now)) {
                return Uni.createFrom().failure(OAuthException.invalidGrant("the refresh token is expired or revoked"));
            }
            Set<String> scopes;
            try {
                scopes = Scopes.grant(form.get("scope"), Set.copyOf(List.of(token.scopes.split(" "))));
            } catch (OAuthException e) {
                return Uni.createFrom().failure(e);
            }
            token.usedAt = now;
            return consents.findById(new SellerConsent.Id(client.clientId, token.sellerId))
                    .onItem().ifNull().failWith(() -> OAuthException.invalidGrant("the seller withdrew its consent"))
                    .chain(consent -> issueForSeller(client, token.sellerId, scopes, token.familyId));
        });
    }

    /** A refusal whose consequence (revoking a family, spending a code) must commit although the grant rolls back. */
    private static final class RollbackThen extends RuntimeException {
        private final java.util.function.Supplier<Uni<Void>> change;
        private final OAuthException answer;

        RollbackThen(java.util.function.Supplier<Uni<Void>> change, OAuthException answer) {
            super(null, null, false, false);
            this.change = change;
            this.answer = answer;
        }
    }

    private Uni<TokenResponse> issueForSeller(ApiClient client, UUID sellerId, Set<String> scopes, UUID family) {
        String refresh = secrets.random();
        RefreshToken row = new RefreshToken();
        row.tokenHash = secrets.sha256(refresh);
        row.familyId = family;
        row.clientId = client.clientId;
        row.sellerId = sellerId;
        row.scopes = String.join(" ", scopes);
        row.issuedAt = Instant.now();
        row.expiresAt = row.issuedAt.plus(config.refreshTokenLifetime());
        return accessTokens.mint(client, List.of(sellerId), scopes, config.accessTokenLifetime(), "seller:" + sellerId)
                .call(issued -> {
                    row.accessJti = issued.jti();
                    row.accessExpiresAt = row.issuedAt.plusSeconds(issued.expiresIn());
                    return refreshTokens.persist(row);
                })
                .map(issued -> new TokenResponse(issued.jwt(), "Bearer", issued.expiresIn(), refresh, row.scopes));
    }
}
