package in.haat.auth.rest;

import in.haat.auth.service.OAuthException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers OAuth errors exactly as RFC 6749 section 5.2 shows them. */
public class OAuthExceptionMapper {

    /**
     * A body that is not a form: on the OAuth endpoints RFC 6749's invalid_request (with 415, which says why), elsewhere
     * (the admin API) our error shape.
     */
    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/oauth2/") || path.equals("/auth/token")) {
            return map(OAuthException.unsupportedMediaType("the body is not of the media type this endpoint takes"));
        }
        return AdminErrors.response(415, "UNSUPPORTED_MEDIA_TYPE", "the request body's media type is not accepted");
    }

    @ServerExceptionMapper
    public Response map(OAuthException e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.error());
        if (e.getMessage() != null) {
            body.put("error_description", e.getMessage());
        }
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .entity(body);
        if (e.challengeBasic()) {
            response.header("WWW-Authenticate", "Basic realm=\"haat\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
