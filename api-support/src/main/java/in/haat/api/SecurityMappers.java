package in.haat.api;

import static in.haat.api.ErrorResponses.PRIORITY;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jose4j.jwt.consumer.InvalidJwtException;

/** Access-token failures: 401 with a Bearer challenge, 403 naming the missing scope, 503 when tokens cannot be checked. */
public class SecurityMappers {

    /** The log category these answers always had. */
    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    /** No token at all on an operation that needs one. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        oneChallenge(request);
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(ApiError.of(ErrorCodes.UNAUTHORIZED, "an access token is required (Authorization: Bearer ...)"))
                .build();
    }

    /** A token that is not valid: bad signature, wrong issuer or audience, expired, revoked, not of the contract. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        oneChallenge(request);
        String description = describe(e);
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"invalid_token\", error_description=\"" + description + "\"")
                .entity(ApiError.of(ErrorCodes.UNAUTHORIZED, description))
                .build();
    }

    /** A valid token without the scope the operation needs ({@code @RolesAllowed} names scopes). */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, ResourceInfo resource, HttpServerRequest request) {
        oneChallenge(request);
        String scopes = requiredScopes(resource);
        String challenge = "Bearer error=\"insufficient_scope\"" + (scopes == null ? "" : ", scope=\"" + scopes + "\"");
        String message = scopes == null
                ? "the access token does not allow this operation"
                : "the access token lacks the scope this operation needs: " + scopes;
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(ApiError.of(ErrorCodes.FORBIDDEN, message))
                .build();
    }

    /**
     * The token could not be verified because auth-service (discovery, JWKS) is not reachable: the token may
     * well be valid, so this is a 503 to retry, not a 401.
     */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response verificationUnavailable(OIDCException e, HttpServerRequest request) {
        LOG.warnf("%s %s: access token not verifiable now: %s", request.method(), request.path(), e.getMessage());
        return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .entity(ApiError.of(ErrorCodes.UNAVAILABLE,
                        "access tokens cannot be verified right now (the token issuer is not reachable); retry shortly"))
                .build();
    }

    /**
     * quarkus-oidc has already put its bare {@code WWW-Authenticate: Bearer} on the response when authentication
     * fails; ours says why, and a client must get one challenge, not two (RFC 6750 3).
     */
    private static void oneChallenge(HttpServerRequest request) {
        if (request != null) {
            request.response().headers().remove(HttpHeaders.WWW_AUTHENTICATE);
        }
    }

    private static String describe(AuthenticationFailedException e) {
        String description = e.getAttribute(AccessTokenCheck.DESCRIPTION);
        if (description != null) {
            return description;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return "the access token has expired";
            }
        }
        return "the access token is invalid";
    }

    private static String requiredScopes(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null && resource.getResourceClass() != null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null || allowed.value().length == 0 ? null : String.join(" ", allowed.value());
    }
}
