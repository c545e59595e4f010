package in.haat.api;

import in.haat.edge.EdgeAnswers;
import in.haat.edge.NulInAddress;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a bearer token that cannot be a JWT at all ({@code Bearer .}, {@code Bearer a..b}, an empty one) with
 * the 401 {@code invalid_token} every other bad token gets, before quarkus-oidc tries to split it and fails with
 * an exception of its own (a 500). Only under {@code haat.api.token-paths} (the gateway's beckn endpoints take
 * signatures, not tokens, in the same header).
 */
@ApplicationScoped
public class BearerTokenShape {

    /** After the edge's body limit and NUL check, before authentication (-200), which would fail with a 500. */
    static final int ORDER = NulInAddress.ORDER + 1;

    private final String tokenPaths;

    public BearerTokenShape(@ConfigProperty(name = "haat.api.token-paths", defaultValue = "/") String tokenPaths) {
        this.tokenPaths = tokenPaths;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
            if (authorization != null && context.request().path().startsWith(tokenPaths) && malformedBearer(authorization)) {
                context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE,
                        "Bearer error=\"invalid_token\", error_description=\"the access token is not a JWT\"");
                EdgeAnswers.refuse(context, 401, ErrorCodes.UNAUTHORIZED, "the access token is not a JWT", false);
                return;
            }
            context.next();
        });
    }

    static boolean malformedBearer(String authorization) {
        String value = authorization.strip();
        if (value.length() < 6 || !value.regionMatches(true, 0, "Bearer", 0, 6)) {
            return false;
        }
        if (value.length() == 6) {
            return true;
        }
        return Character.isWhitespace(value.charAt(6)) && !jws(value.substring(7).strip());
    }

    /**
     * JWS compact serialisation: three non-empty base64url parts. A scan, not a regular expression: every request with a
     * token passes here, and matching a token of ~800 characters with {@code java.util.regex} was 2% of inventory-service's
     * CPU under Setu's stock updates (issue 15).
     */
    static boolean jws(String token) {
        int dots = 0;
        int partLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (partLength == 0 || ++dots > 2) {
                    return false;
                }
                partLength = 0;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                partLength++;
            } else {
                return false;
            }
        }
        return dots == 2 && partLength > 0;
    }
}
