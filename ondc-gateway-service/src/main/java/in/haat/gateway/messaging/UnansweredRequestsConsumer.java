package in.haat.gateway.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.callback.CallbackDelivery;
import in.haat.gateway.config.UnansweredConfig;
import in.haat.gateway.event.DomainResult;
import in.haat.ondc.OndcTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Beckn forbids an ACK without its callback. The actions no service answers yet (/update: {@link UnansweredConfig};
 * order-service answers /cancel, /rating and IGM's /issue and /issue_status) are answered here, once each, with their
 * /on_* carrying ONDC's
 * error 40001 "Feature not supported", so the buyer app learns at once instead of waiting in vain.
 */
@ApplicationScoped
public class UnansweredRequestsConsumer {

    static final String CONSUMER = "ondc-gateway-service/unanswered";
    /** ONDC's seller-side business error for a feature the seller app does not offer (RESEARCH.md 1.4). */
    static final String NOT_SUPPORTED = "40001";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final CallbackBuilder callbacks;
    private final CallbackDelivery delivery;
    private final UnansweredConfig config;
    private final ObjectMapper json;

    public UnansweredRequestsConsumer(EventCodec codec, IdempotentConsumer idempotent, CallbackBuilder callbacks,
            CallbackDelivery delivery, UnansweredConfig config, ObjectMapper json) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.callbacks = callbacks;
        this.delivery = delivery;
        this.config = config;
        this.json = json;
    }

    @Incoming("unanswered-requests")
    public Uni<Void> consume(String message) {
        return idempotent.handle(() -> consumeOnce(message)).invoke(delivery::wake);
    }

    private Uni<Void> consumeOnce(String message) {
        EventEnvelope event = codec.fromJson(message);
        String action = event.type().startsWith("ondc.") ? event.type().substring("ondc.".length()) : "";
        if (!config.actions().orElse(java.util.Set.of()).contains(action)) {
            return Uni.createFrom().voidItem();
        }
        JsonNode request = event.payload();
        JsonNode context = request.path("context");
        return idempotent.applyOnce(CONSUMER, event, () -> callbacks.queue(new DomainResult("on_" + action,
                context.path("transaction_id").asText(), context.path("message_id").asText(),
                answer(action, request.path("message")), error(action)))).replaceWithVoid();
    }

    /** The least message the callback's schema takes: the order or issue the request named. */
    ObjectNode answer(String action, JsonNode request) {
        ObjectNode message = json.createObjectNode();
        switch (action) {
            case "cancel" -> message.putObject("order").put("id", request.path("order_id").asText());
            case "update" -> message.putObject("order").put("id", request.path("order").path("id").asText());
            case "issue", "issue_status" -> {
                // IGM's on_issue requires the created_at and updated_at: when the buyer raised it, and now.
                String now = OndcTime.format(Instant.now());
                message.putObject("issue").put("id", request.path("issue").path("id").asText(request.path("issue_id").asText()))
                        .put("created_at", OndcTime.parse(request.path("issue").path("created_at").asText()).map(OndcTime::format).orElse(now))
                        .put("updated_at", now);
            }
            default -> {
            }
        }
        return message;
    }

    private ObjectNode error(String action) {
        return json.createObjectNode().put("type", "DOMAIN-ERROR").put("code", NOT_SUPPORTED)
                .put("message", "/" + action + " is not supported by this seller app yet");
    }
}
