package in.haat.gateway.rest;

import in.haat.edge.BodySizeLimit;
import in.haat.edge.StreamedBodyLimit;
import in.haat.gateway.config.BecknConfig;
import in.haat.ondc.validation.ContextRules;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Holds a beckn request body to {@code haat.ondc.max-body-size} with a 413 NACK: a declared length over it is
 * refused unread, a chunked body is counted as it streams and cut off at the first byte over. A buyer app gets the
 * beckn answer shape and the gateway never buffers the excess (or ACKs an event the broker could not take).
 */
@ApplicationScoped
public class BecknBodyLimit {

    /** Before the REST limit of every service ({@link BodySizeLimit#ORDER}) and Quarkus's own (-2). */
    static final int ORDER = BodySizeLimit.ORDER - 1;

    private final long limit;

    public BecknBodyLimit(BecknConfig config) {
        this.limit = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        String nack = "{\"message\":{\"ack\":{\"status\":\"NACK\"}},\"error\":{\"type\":\"JSON-SCHEMA-ERROR\",\"code\":\"30000\","
                + "\"message\":\"the request body is larger than " + limit + " bytes\"}}";
        router.route().order(ORDER).method(HttpMethod.POST).handler(context -> {
            String path = context.request().path();
            if (path.length() <= 1 || !ContextRules.RECEIVED.contains(path.substring(1))) {
                context.next();
                return;
            }
            if (BodySizeLimit.isOver(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH), limit)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaderNames.CONNECTION, "close")
                        .endHandler(ignored -> context.request().connection().close());
                context.response().end(nack);
                return;
            }
            StreamedBodyLimit.apply(context, limit, nack);
            context.next();
        });
    }
}
