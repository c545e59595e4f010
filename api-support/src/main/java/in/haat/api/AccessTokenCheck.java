package in.haat.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What quarkus-oidc does not check of a verified token: that it is an access token of the Haat contract
 * (JOSE {@code typ}, {@code client_id}, a known {@code haat_client_kind}) and that its client is not revoked.
 * A failure is a 401 {@code invalid_token}, the same as a bad signature. Runs on every request, also for a token
 * {@link VerifiedTokens} remembered, which it hands only the identities that passed.
 */
@ApplicationScoped
public class AccessTokenCheck implements SecurityIdentityAugmentor {

    /** The attribute of the failure that carries the {@code error_description} for the 401. */
    public static final String DESCRIPTION = "haat.error_description";

    private final RevokedClients revoked;
    private final VerifiedTokens verified;

    public AccessTokenCheck(RevokedClients revoked, VerifiedTokens verified) {
        this.revoked = revoked;
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String problem = problemWith(token);
        if (problem != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(problem, Map.of(DESCRIPTION, problem)));
        }
        verified.remember(identity, token);
        return Uni.createFrom().item(identity);
    }

    private String problemWith(JsonWebToken token) {
        if (!isAccessTokenType(token.getRawToken())) {
            return "the token is not an access token (typ at+jwt)";
        }
        String clientId = TokenClaims.string(token, TokenClaims.CLIENT_ID);
        if (clientId == null || clientId.isBlank()) {
            return "the access token has no client_id";
        }
        if (ClientKind.fromClaim(TokenClaims.string(token, TokenClaims.CLIENT_KIND)).isEmpty()) {
            return "the access token has no valid haat_client_kind";
        }
        if (revoked.isRevoked(clientId)) {
            return "the client of this access token has been revoked";
        }
        if (revoked.isTokenRevoked(token.getTokenID())) {
            return "the access token has been revoked";
        }
        return null;
    }

    /** RFC 9068: {@code at+jwt}, or its full media type, compared without regard to case. */
    static boolean isAccessTokenType(String rawToken) {
        if (rawToken == null) {
            return false;
        }
        int dot = rawToken.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(rawToken.substring(0, dot)), StandardCharsets.UTF_8);
            String typ = new JsonObject(header).getString("typ");
            return TokenClaims.ACCESS_TOKEN_TYPE.equalsIgnoreCase(typ)
                    || ("application/" + TokenClaims.ACCESS_TOKEN_TYPE).equalsIgnoreCase(typ);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
