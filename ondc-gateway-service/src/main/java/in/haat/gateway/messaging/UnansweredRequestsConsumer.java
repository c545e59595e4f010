package in.haat.gateway.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventEnvelope;
import in.haat.events.BatchEventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.callback.CallbackDelivery;
import in.haat.gateway.config.UnansweredConfig;
import in.haat.gateway.event.DomainResult;
import in.haat.ondc.OndcTime;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Beckn forbids an ACK without its callback. The actions no service answers yet (/update: {@link UnansweredConfig};
 * order-service answers /cancel, /rating and IGM's /issue and /issue_status) are answered here, once each, with their
 * /on_* carrying ONDC's
 * error 40001 "Feature not supported", so the buyer app learns at once instead of waiting in vain. Reads the request
 * topic in batches; it declares only those actions' types, so every other request is passed over from its type alone,
 * without a transaction (issue 15: one transaction per request event was a large part of the gateway's CPU), and a
 * batch's answers are queued together.
 */
@ApplicationScoped
public class UnansweredRequestsConsumer implements BatchEventHandler {

    static final String CONSUMER = "ondc-gateway-service/unanswered";
    /** ONDC's seller-side business error for a feature the seller app does not offer (RESEARCH.md 1.4). */
    static final String NOT_SUPPORTED = "40001";

    private final IdempotentConsumer idempotent;
    private final CallbackBuilder callbacks;
    private final CallbackDelivery delivery;
    private final ObjectMapper json;
    private final Set<String> types;

    public UnansweredRequestsConsumer(IdempotentConsumer idempotent, CallbackBuilder callbacks,
            CallbackDelivery delivery, UnansweredConfig config, ObjectMapper json) {
        this.idempotent = idempotent;
        this.callbacks = callbacks;
        this.delivery = delivery;
        this.json = json;
        this.types = config.actions().orElse(Set.of()).stream().map(action -> "ondc." + action).collect(Collectors.toUnmodifiableSet());
    }

    @Incoming("unanswered-requests")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return idempotent.consumeBatch(batch, this).invoke(delivery::wake);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    /** Only the requests of the unanswered actions: every other is passed over without being decoded. */
    @Override
    public Set<String> types() {
        return types;
    }

    /** The batch's answers queued together, each continuing its request's trace (one read, one insert). */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return callbacks.queueEach(this, events, this::result).replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return callbacks.queue(result(event)).replaceWithVoid();
    }

    private DomainResult result(EventEnvelope event) {
        String action = event.type().substring("ondc.".length());
        JsonNode request = event.payload();
        JsonNode context = request.path("context");
        return new DomainResult("on_" + action, context.path("transaction_id").asText(), context.path("message_id").asText(),
                answer(action, request.path("message")), error(action));
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
