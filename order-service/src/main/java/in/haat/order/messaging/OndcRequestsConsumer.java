package in.haat.order.messaging;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.service.ConfirmFlow;
import in.haat.order.service.InitFlow;
import in.haat.order.service.SelectFlow;
import in.haat.order.service.StatusFlow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The buyer requests order-service answers ({@code ondc.select}, {@code init}, {@code confirm}, {@code status},
 * {@code track} from the gateway), each once however often Kafka delivers it; other actions are not ours.
 */
@ApplicationScoped
public class OndcRequestsConsumer {

    static final String CONSUMER = "order-service/ondc-requests";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final SelectFlow select;
    private final InitFlow init;
    private final ConfirmFlow confirm;
    private final StatusFlow status;

    public OndcRequestsConsumer(EventCodec codec, IdempotentConsumer idempotent, SelectFlow select, InitFlow init, ConfirmFlow confirm,
            StatusFlow status) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.select = select;
        this.init = init;
        this.confirm = confirm;
        this.status = status;
    }

    @Incoming("ondc-requests")
    public Uni<Void> consume(String json) {
        return idempotent.handle(() -> consumeOnce(json));
    }

    private Uni<Void> consumeOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        String action = event.type().startsWith("ondc.") ? event.type().substring(5) : "";
        if (!java.util.Set.of("select", "init", "confirm", "status", "track").contains(action)) {
            return Uni.createFrom().voidItem();
        }
        BuyerRequest request = codec.payloadAs(event, BuyerRequest.class);
        if (request.context() == null || request.context().path("transaction_id").asText().isEmpty()) {
            throw new in.haat.events.MalformedEventException(event.type() + " " + event.id() + " has no context.transaction_id", null);
        }
        return idempotent.applyOnce(CONSUMER, event, () -> switch (action) {
            case "select" -> select.select(request, event.trace());
            case "init" -> init.init(request, event.trace());
            case "confirm" -> confirm.confirm(request, event.trace());
            case "status" -> status.status(request, event.trace());
            default -> status.track(request, event.trace());
        }).replaceWithVoid();
    }
}
