package in.haat.gateway.messaging;

import in.haat.events.BatchEventHandler;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.event.DomainResult;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Queues one /on_* callback per domain result, however often Kafka delivers the result; callback delivery wakes when
 * the queueing transaction commits. Reads in batches, one transaction per batch, a batch's callbacks queued with one
 * read and one insert (issue 15).
 */
@ApplicationScoped
public class DomainResultsConsumer implements BatchEventHandler {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final CallbackBuilder callbacks;
    public DomainResultsConsumer(IdempotentConsumer consumer, EventCodec codec, CallbackBuilder callbacks) {
        this.consumer = consumer;
        this.codec = codec;
        this.callbacks = callbacks;
    }

    @Incoming("ondc-responses")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    @Override
    public String name() {
        return "ondc-gateway-service/callbacks";
    }

    @Override
    public Set<String> types() {
        return Set.of("ondc.result");
    }

    /**
     * The batch's results in the order they came, each continuing its own trace, queued together by
     * {@link CallbackBuilder#queueEach} (one read, one insert); a result whose request was never logged fails the batch,
     * and {@link IdempotentConsumer#consumeBatch} then applies the results one transaction each, dead-lettering that
     * one alone.
     */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return callbacks.queueEach(this, events, event -> codec.payloadAs(event, DomainResult.class)).replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return callbacks.queue(codec.payloadAs(event, DomainResult.class)).replaceWithVoid();
    }
}
