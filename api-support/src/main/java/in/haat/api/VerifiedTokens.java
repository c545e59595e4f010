package in.haat.api;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens whose signature and claims quarkus-oidc has verified, remembered by their exact text until they expire
 * (at most {@link VerifiedTokensConfig#maxAge()}), so a client's next request with the same token skips the RS256
 * check and the JWT's parsing (inventory-service's CPU a stock update fell by a sixth, issue 15). Asked before
 * quarkus-oidc's provider; a token it does not hold goes on to it. {@link AccessTokenCheck} still runs on every
 * request, remembered or not, so a revoked client or token is refused as soon as this replica has read the revocation.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** The identity quarkus-oidc made for the token, and until when (epoch milliseconds) it may be given again. */
    private record Verified(SecurityIdentity identity, long untilMillis) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final long maxAgeMillis;
    private final int maxSize;

    public VerifiedTokens(VerifiedTokensConfig config) {
        this.maxAgeMillis = config.maxAge().toMillis();
        this.maxSize = config.maxSize();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider (which keeps the default). */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken() == null ? null : request.getToken().getToken();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        Verified known = token == null ? null : verified.get(token);
        if (known == null || routing == null) {
            return Uni.createFrom().nullItem();
        }
        if (System.currentTimeMillis() >= known.untilMillis()) {
            verified.remove(token, known);
            return Uni.createFrom().nullItem(); // quarkus-oidc verifies it again, and refuses it once expired
        }
        // The same principal, roles and permissions; this request's own routing context, as quarkus-oidc sets them.
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known.identity())
                .addAttribute(RoutingContext.class.getName(), routing)
                .addAttribute(AuthenticationRequestContext.class.getName(), routing.get(AuthenticationRequestContext.class.getName()))
                .build());
    }

    /** Remembers an identity that passed every check, unless it came from here or its token has no expiry. */
    void remember(SecurityIdentity identity, JsonWebToken token) {
        String raw = token.getRawToken();
        long expiresMillis = token.getExpirationTime() * 1000;
        long now = System.currentTimeMillis();
        if (maxAgeMillis <= 0 || raw == null || expiresMillis <= now || verified.containsKey(raw)) {
            return;
        }
        if (verified.size() >= maxSize) {
            verified.values().removeIf(v -> v.untilMillis() <= now);
            if (verified.size() >= maxSize) {
                verified.clear(); // many live tokens: start again rather than track which is oldest
            }
        }
        verified.put(raw, new Verified(identity, Math.min(expiresMillis, now + maxAgeMillis)));
    }
}
