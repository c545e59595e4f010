package in.haat.order.messaging;

import in.haat.events.BatchEventHandler;
import in.haat.events.EventEnvelope;
import in.haat.events.EventRuns;
import in.haat.events.IdempotentConsumer;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.CatalogueRepository.StockLevel;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the available stock /select quotes from in step with inventory-service's {@code stock.changed}, read by a group
 * of its own whose fetch waits for a fuller batch (issue 15); the answers to our stock requests, on the same topic, are
 * {@link InventoryEventsConsumer}'s and never wait behind these.
 */
@ApplicationScoped
public class StockLevelsConsumer implements BatchEventHandler {

    private static final String STOCK_CHANGED = "stock.changed";
    /** Asked for every record of a batch: made once. */
    private static final Set<String> TYPES = Set.of(STOCK_CHANGED);
    /** item_stock never takes an older version than it holds. */
    private static final Comparator<EventEnvelope> BY_VERSION = Comparator.comparingLong(e -> e.payload().path("version").asLong(0));

    private final IdempotentConsumer consumer;
    private final CatalogueRepository catalogue;

    public StockLevelsConsumer(IdempotentConsumer consumer, CatalogueRepository catalogue) {
        this.consumer = consumer;
        this.catalogue = catalogue;
    }

    @Incoming("stock-levels")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    @Override
    public String name() {
        return "order-service/stock-levels";
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    /** A {@code stock.changed} carries its level's version: applied again, it changes nothing, so it takes no mark. */
    @Override
    public Set<String> versionedTypes() {
        return TYPES;
    }

    /** A batch in one upsert of each item's newest level (issue 15: 2.6 statements a batch while 64 clients updated 36 items). */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return consumer.applyRuns(this, events, event -> true, EventRuns::storefrontItem, BY_VERSION,
                run -> catalogue.stocks(run.stream().map(StockLevelsConsumer::level).toList()));
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return catalogue.stocks(List.of(level(event)));
    }

    private static StockLevel level(EventEnvelope event) {
        return new StockLevel(CatalogueEventsConsumer.uuid(event, "storefront_id"), CatalogueEventsConsumer.uuid(event, "catalogue_item_id"),
                event.payload().path("available").asInt(0), event.payload().path("version").asLong(0));
    }
}
