package in.haat.order.messaging;

import in.haat.events.BatchEventHandler;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.order.mapping.StockAnswer;
import in.haat.order.service.StockAnswerFlow;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads inventory-service's answers to our stock requests ({@code stock.held}, {@code stock.hold-refused},
 * {@code stock.committed}, {@code stock.commit-refused}), which move the order flow on; its {@code stock.changed} on the
 * same topic are {@link StockLevelsConsumer}'s, passed over here from their type alone. Read in batches, one transaction
 * each (issue 15): the answers' drafts are locked first, then each answer is applied in order as if alone.
 */
@ApplicationScoped
public class InventoryEventsConsumer implements BatchEventHandler {

    /** Asked for every record of a batch: made once. */
    private static final Set<String> TYPES = Set.of("stock.held", "stock.hold-refused", "stock.committed", "stock.commit-refused");

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final StockAnswerFlow flow;
    private final OrderBatches batches;

    public InventoryEventsConsumer(IdempotentConsumer consumer, EventCodec codec, StockAnswerFlow flow, OrderBatches batches) {
        this.consumer = consumer;
        this.codec = codec;
        this.flow = flow;
        this.batches = batches;
    }

    @Incoming("inventory-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    @Override
    public String name() {
        return "order-service/inventory";
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    /** A batch in order: the answers' drafts locked up front, then each answer applied as if alone. */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return batches.applyOneByOne(this, events, event -> event.payload().path("transaction_id").asText(null));
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "stock.held" -> flow.held(answer(event), event.trace()).call(OrderBatches::settle);
            case "stock.hold-refused" -> flow.holdRefused(answer(event), event.trace()).call(OrderBatches::settle);
            case "stock.committed" -> flow.committed(answer(event), event.trace()).call(OrderBatches::settle);
            default -> flow.commitRefused(answer(event), event.trace()).call(OrderBatches::settle);
        };
    }

    private StockAnswer answer(EventEnvelope event) {
        StockAnswer answer = codec.payloadAs(event, StockAnswer.class);
        if (answer.transactionId() == null || answer.reference() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no transaction_id or reference", null);
        }
        return answer;
    }
}
