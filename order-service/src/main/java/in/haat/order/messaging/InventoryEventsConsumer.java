package in.haat.order.messaging;

import in.haat.events.BatchEventHandler;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.EventRuns;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.order.mapping.StockAnswer;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.CatalogueRepository.StockLevel;
import in.haat.order.service.StockAnswerFlow;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads inventory-service's events: {@code stock.changed} keeps the available stock /select quotes from; the answers to
 * our stock requests ({@code stock.held}, {@code stock.hold-refused}, {@code stock.committed}, {@code stock.commit-refused})
 * move the order flow on. Read in batches, one transaction each (issue 15): a run of {@code stock.changed} for distinct
 * items is one statement; the answers' drafts are locked first, then each answer is applied in order as if alone.
 */
@ApplicationScoped
public class InventoryEventsConsumer implements BatchEventHandler {

    private static final String STOCK_CHANGED = "stock.changed";
    /** Asked for every record of a batch: made once. */
    private static final Set<String> TYPES = Set.of(STOCK_CHANGED, "stock.held", "stock.hold-refused", "stock.committed",
            "stock.commit-refused");
    private static final Set<String> VERSIONED = Set.of(STOCK_CHANGED);
    /** item_stock never takes an older version than it holds. */
    private static final Comparator<EventEnvelope> BY_VERSION = Comparator.comparingLong(e -> e.payload().path("version").asLong(0));

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final CatalogueRepository catalogue;
    private final StockAnswerFlow flow;
    private final OrderBatches batches;

    public InventoryEventsConsumer(IdempotentConsumer consumer, EventCodec codec, CatalogueRepository catalogue,
            StockAnswerFlow flow, OrderBatches batches) {
        this.consumer = consumer;
        this.codec = codec;
        this.catalogue = catalogue;
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

    /** A {@code stock.changed} carries its level's version: applied again, it changes nothing, so it takes no mark. */
    @Override
    public Set<String> versionedTypes() {
        return VERSIONED;
    }

    /**
     * A batch in order: each run of {@code stock.changed} is one upsert of each item's newest level (issue 15: 2.6
     * statements a batch while 64 clients updated 36 items); each answer alone, its draft locked with the batch's others
     * up front, and it reads the stock as the run before it left it.
     */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return batches.lockDrafts(events, event -> STOCK_CHANGED.equals(event.type()) ? null
                        : event.payload().path("transaction_id").asText(null))
                .chain(() -> consumer.applyRuns(this, events, event -> STOCK_CHANGED.equals(event.type()),
                        EventRuns::storefrontItem, BY_VERSION,
                        run -> catalogue.stocks(run.stream().map(InventoryEventsConsumer::level).toList())));
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case STOCK_CHANGED -> catalogue.stocks(List.of(level(event)));
            case "stock.held" -> flow.held(answer(event), event.trace()).call(OrderBatches::settle);
            case "stock.hold-refused" -> flow.holdRefused(answer(event), event.trace()).call(OrderBatches::settle);
            case "stock.committed" -> flow.committed(answer(event), event.trace()).call(OrderBatches::settle);
            default -> flow.commitRefused(answer(event), event.trace()).call(OrderBatches::settle);
        };
    }

    private static StockLevel level(EventEnvelope event) {
        return new StockLevel(CatalogueEventsConsumer.uuid(event, "storefront_id"), CatalogueEventsConsumer.uuid(event, "catalogue_item_id"),
                event.payload().path("available").asInt(0), event.payload().path("version").asLong(0));
    }

    private StockAnswer answer(EventEnvelope event) {
        StockAnswer answer = codec.payloadAs(event, StockAnswer.class);
        if (answer.transactionId() == null || answer.reference() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no transaction_id or reference", null);
        }
        return answer;
    }
}
