package in.haat.edge;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds every request body to {@code quarkus.http.limits.max-body-size}: a declared Content-Length over it is
 * answered 413 unread, and a body without one (chunked) is counted as it streams and cut off with a 413 at the
 * first byte over ({@link StreamedBodyLimit}). Both answers are in the one error shape; the connection is closed.
 */
@ApplicationScoped
public class BodySizeLimit {

    /**
     * First of the edge checks, so that every later refusal is already counted, and ahead of Quarkus's security
     * filters (CORS at -300, authentication at -200: a refused request is never authenticated) and its own size
     * check (-2). A more specific limit (the gateway's beckn one, catalogue's entities) runs just before.
     */
    public static final int ORDER = -403;

    private final Optional<MemorySize> maxBodySize;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        String message = "the request body is larger than " + limit + " bytes";
        String body = new JsonObject().put("error", new JsonObject().put("code", "PAYLOAD_TOO_LARGE").put("message", message)).encode();
        router.route().order(ORDER).handler(context -> {
            if (context.get(StreamedBodyLimit.CHOSEN) != null) {
                context.next();
                return;
            }
            if (isOver(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH), limit)) {
                EdgeAnswers.refuse(context, 413, "PAYLOAD_TOO_LARGE", message, true);
                return;
            }
            StreamedBodyLimit.apply(context, limit, body);
            context.next();
        });
    }

    /** Whether a declared Content-Length is over the limit. */
    public static boolean isOver(String contentLength, long limit) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
