package in.haat.api;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/** What every exception mapper answers with: the one error shape as JSON, and the one way to answer a 500. */
final class ErrorResponses {

    /** Ahead of Quarkus's built-in mappers for the same exception types (they use {@code Priorities.USER}). */
    static final int PRIORITY = Priorities.USER - 100;
    /** The log category these answers always had. */
    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    private ErrorResponses() {
    }

    static Response respond(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    static Response internalError(Throwable e, HttpServerRequest request) {
        String where = request == null ? "" : request.method() + " " + request.path() + ": ";
        if (connectionClosed(e)) {
            // The edge cut the request off (a body over the limit) or the client went away: no one to answer.
            LOG.debugf("%sthe connection closed while the request was read", where);
            return respond(400, ApiError.of(ErrorCodes.INVALID_REQUEST, "the connection closed before the request was read"));
        }
        LOG.errorf(e, "%sunexpected failure answered with 500", where);
        return respond(500, ApiError.of(ErrorCodes.INTERNAL_ERROR, "an unexpected error occurred"));
    }

    private static boolean connectionClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
