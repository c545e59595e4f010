package in.haat.api;

import io.quarkus.arc.ClientProxy;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The claims of the access-token contract between auth-service (issuer) and the seller-facing services. */
public final class TokenClaims {

    /** The audience every seller-API token carries ({@code aud}). */
    public static final String AUDIENCE = "haat-seller-api";
    /** The JOSE header {@code typ} of an access token (RFC 9068), which keeps ID tokens and other JWTs out. */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    public static final String CLIENT_ID = "client_id";
    public static final String SCOPE = "scope";
    public static final String CLIENT_KIND = "haat_client_kind";
    public static final String SELLER_IDS = "haat_seller_ids";
    public static final String PARTNER_ID = "haat_partner_id";

    /** Compiled once: {@code String.split("\\s+")} compiled it again on every request (issue 15). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TokenClaims() {
    }

    /** A string claim, or null when it is absent or not a string. */
    public static String string(JsonWebToken token, String name) {
        Object value = claim(token, name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
    }

    /** The space-separated {@code scope} claim as a set. */
    public static Set<String> scopes(JsonWebToken token) {
        String scope = string(token, SCOPE);
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            for (String s : WHITESPACE.split(scope.trim())) {
                if (!s.isEmpty()) {
                    scopes.add(s);
                }
            }
        }
        return Set.copyOf(scopes);
    }

    /**
     * The seller ids of {@code haat_seller_ids}. A value that is not a UUID is dropped: it can never name a
     * seller, and failing the whole request for it would only hide the sellers that are valid.
     */
    public static Set<UUID> sellerIds(JsonWebToken token) {
        Object value = claim(token, SELLER_IDS);
        Set<UUID> ids = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString s) {
                    addUuid(ids, s.getString());
                }
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                addUuid(ids, item instanceof JsonString s ? s.getString() : String.valueOf(item));
            }
        }
        return Set.copyOf(ids);
    }

    /**
     * A claim as the verified token holds it. smallrye-jwt's {@code getClaim} first looks the name up among the standard
     * claims with {@code Claims.valueOf}, which throws (and fills a stack trace) for every name of ours: seven times a
     * request, 4% of inventory-service's CPU under stock updates (issue 15). The verified claims are read directly when
     * the token is quarkus-oidc's; any other token is asked the standard way.
     */
    static Object claim(JsonWebToken token, String name) {
        if (ClientProxy.unwrap(token) instanceof OidcJwtCallerPrincipal verified) {
            return verified.getClaims().getClaimValue(name);
        }
        return token.getClaim(name);
    }

    private static void addUuid(Set<UUID> ids, String value) {
        try {
            ids.add(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            // dropped on purpose, see sellerIds
        }
    }
}
