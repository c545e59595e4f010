package in.haat.api;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared Content-Length is over {@code quarkus.http.limits.max-body-size} with a
 * 413 in the one error shape. Quarkus enforces the same limit with an empty 413 a step later; this route
 * runs just before it. A chunked body over the limit still gets Quarkus's empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus's own check runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    static final int ORDER = -3;

    private final Optional<MemorySize> maxBodySize;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        String body = "{\"error\":{\"code\":\"" + ErrorCodes.PAYLOAD_TOO_LARGE
                + "\",\"message\":\"the request body is larger than " + limit + " bytes\"}}";
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
            if (length != null && isOver(length, limit)) {
                HttpServerResponse response = context.response();
                // The body is not read; closing the connection is the only way not to.
                response.setStatusCode(413)
                        .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaderNames.CONNECTION, "close")
                        .endHandler(ignored -> context.request().connection().close());
                response.end(body);
                return;
            }
            context.next();
        });
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
