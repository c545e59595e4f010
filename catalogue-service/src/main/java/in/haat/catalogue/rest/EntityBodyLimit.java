package in.haat.catalogue.rest;

import in.haat.edge.BodySizeLimit;
import in.haat.edge.EdgeAnswers;
import in.haat.edge.StreamedBodyLimit;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the body of every call but the bulk catalogue ones to {@code haat.catalogue.max-entity-size} (256 KB): a
 * seller or storefront travels as one event, and one larger than the broker takes would be accepted and never
 * published. The bulk calls keep the service's limit ({@code haat.http.max-body-size}); each of their items is
 * held to {@code haat.catalogue.max-item-size} ({@link ItemSizeLimit}).
 */
@ApplicationScoped
public class EntityBodyLimit {

    private static final Pattern BULK = Pattern.compile("/api/storefronts?/[^/]+/catalogue/?");

    private final long limit;

    public EntityBodyLimit(@ConfigProperty(name = "haat.catalogue.max-entity-size", defaultValue = "256K") MemorySize limit,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> serviceLimit) {
        // Never more than the service's own limit.
        this.limit = Math.min(limit.asLongValue(), serviceLimit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE));
    }

    void install(@Observes Router router) {
        String message = "the request body is larger than " + limit + " bytes";
        String body = new JsonObject().put("error", new JsonObject().put("code", "PAYLOAD_TOO_LARGE").put("message", message)).encode();
        router.route().order(BodySizeLimit.ORDER - 1).handler(context -> {
            if (BULK.matcher(context.request().path()).matches()) {
                context.next();
                return;
            }
            if (BodySizeLimit.isOver(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH), limit)) {
                EdgeAnswers.refuse(context, 413, "PAYLOAD_TOO_LARGE", message, true);
                return;
            }
            StreamedBodyLimit.apply(context, limit, body);
            context.next();
        });
    }
}
