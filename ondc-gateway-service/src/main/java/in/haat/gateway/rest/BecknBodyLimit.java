package in.haat.gateway.rest;

import in.haat.ondc.validation.ContextRules;
import in.haat.gateway.config.BecknConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a beckn request whose declared body is over {@code haat.ondc.max-body-size} with a 413 NACK before
 * reading it, so a buyer app gets the beckn answer shape and the gateway never buffers the excess.
 */
@ApplicationScoped
public class BecknBodyLimit {

    /** Before api-support's REST limit (-3) and Quarkus's own (-2). */
    static final int ORDER = -4;

    private final long limit;

    public BecknBodyLimit(BecknConfig config) {
        this.limit = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        String nack = "{\"message\":{\"ack\":{\"status\":\"NACK\"}},\"error\":{\"type\":\"JSON-SCHEMA-ERROR\",\"code\":\"30000\","
                + "\"message\":\"the request body is larger than " + limit + " bytes\"}}";
        router.route().order(ORDER).method(HttpMethod.POST).handler(context -> {
            String path = context.request().path();
            String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
            if (path.length() > 1 && ContextRules.REQUESTS.contains(path.substring(1)) && length != null && over(length)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaderNames.CONNECTION, "close")
                        .endHandler(ignored -> context.request().connection().close());
                context.response().end(nack);
                return;
            }
            context.next();
        });
    }

    private boolean over(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
