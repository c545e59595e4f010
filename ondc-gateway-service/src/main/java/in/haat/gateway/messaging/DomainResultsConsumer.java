package in.haat.gateway.messaging;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.event.DomainResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Queues one /on_* callback per domain result, however often Kafka delivers the result; callback delivery wakes when
 * the queueing transaction commits.
 */
@ApplicationScoped
public class DomainResultsConsumer implements EventHandler {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final CallbackBuilder callbacks;

    public DomainResultsConsumer(IdempotentConsumer consumer, EventCodec codec, CallbackBuilder callbacks) {
        this.consumer = consumer;
        this.codec = codec;
        this.callbacks = callbacks;
    }

    @Incoming("ondc-responses")
    public Uni<Void> consume(String json) {
        return consumer.consume(json, this);
    }

    @Override
    public String name() {
        return "ondc-gateway-service/callbacks";
    }

    @Override
    public Set<String> types() {
        return Set.of("ondc.result");
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return callbacks.queue(codec.payloadAs(event, DomainResult.class)).replaceWithVoid();
    }
}
