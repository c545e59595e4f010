package in.haat.gateway.messaging;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.callback.CallbackDelivery;
import in.haat.gateway.event.DomainResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Queues one /on_* callback per domain result, however often Kafka delivers the result. */
@ApplicationScoped
public class DomainResultsConsumer {

    static final String CONSUMER = "ondc-gateway-service/callbacks";
    private static final Logger LOG = Logger.getLogger(DomainResultsConsumer.class);

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final CallbackBuilder callbacks;
    private final CallbackDelivery delivery;

    public DomainResultsConsumer(EventCodec codec, IdempotentConsumer idempotent, CallbackBuilder callbacks,
            CallbackDelivery delivery) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.callbacks = callbacks;
        this.delivery = delivery;
    }

    /** Once the callback's transaction has committed, delivery is woken instead of waiting for its next poll. */
    @Incoming("ondc-responses")
    public Uni<Void> consume(String json) {
        return idempotent.handle(() -> consumeOnce(json)).invoke(delivery::wake);
    }

    private Uni<Void> consumeOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        if (!"ondc.result".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        DomainResult result = codec.payloadAs(event, DomainResult.class);
        return idempotent.applyOnce(CONSUMER, event, () -> callbacks.queue(result))
                .onFailure().invoke(e -> LOG.warnf("result %s for transaction %s not turned into a callback: %s",
                        event.id(), result.transactionId(), e.toString()))
                .replaceWithVoid();
    }
}
