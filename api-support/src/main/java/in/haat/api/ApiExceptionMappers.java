package in.haat.api;

import static in.haat.api.ErrorResponses.PRIORITY;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST request into the one error shape ({@link ApiError}), with the status it
 * deserves: never an empty body, never a stack trace, never a 500 for the client's own mistake. This class maps our
 * own {@link ApiException} and, last, anything unexpected; the others by family: {@link JsonBindingMappers} (bodies
 * and other HTTP errors), {@link ValidationMappers} (Bean Validation), {@link SecurityMappers} (tokens and scopes).
 */
public class ApiExceptionMappers {

    @ServerExceptionMapper(priority = PRIORITY)
    public Response api(ApiException e) {
        return ErrorResponses.respond(e.status(), e.toError());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        return ErrorResponses.internalError(e, request);
    }
}
