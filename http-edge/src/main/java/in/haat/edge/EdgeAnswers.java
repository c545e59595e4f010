package in.haat.edge;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a refused request from a route, before any resource runs, in Haat's one REST error shape
 * {@code {"error": {"code", "message"}}} (api-support's ApiError, written here without its types).
 */
public final class EdgeAnswers {

    private EdgeAnswers() {
    }

    /**
     * Ends the exchange with {@code status}; {@code close} (or a request body not read to its end) also closes the
     * connection, so that no unread body is drained.
     */
    public static void refuse(RoutingContext context, int status, String code, String message, boolean close) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        String body = new JsonObject().put("error", new JsonObject().put("code", code).put("message", message)).encode();
        response.setStatusCode(status).putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json");
        if (close || !context.request().isEnded()) {
            response.putHeader(HttpHeaderNames.CONNECTION, "close")
                    .endHandler(ignored -> context.request().connection().close());
        }
        response.end(body);
    }
}
