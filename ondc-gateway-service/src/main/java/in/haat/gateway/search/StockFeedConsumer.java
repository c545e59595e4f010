package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.events.EventRuns;
import in.haat.events.BatchEventHandler;
import in.haat.events.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the search read model's stock in step with inventory-service's {@code stock.changed}, each in effect once. */
@ApplicationScoped
public class StockFeedConsumer implements BatchEventHandler {

    private static final String STOCK_CHANGED = "stock.changed";
    /** Asked for every record of a batch: made once. */
    private static final Set<String> TYPES = Set.of(STOCK_CHANGED);

    private final IdempotentConsumer consumer;
    private final SearchReadModel model;

    public StockFeedConsumer(IdempotentConsumer consumer, SearchReadModel model) {
        this.consumer = consumer;
        this.model = model;
    }

    @Incoming("stock-for-search")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    /**
     * A batch in one statement: each item's newest level (search_stock never goes back to an earlier time), where each
     * level of an item was one more statement (issue 15: 28,000 statements for 56,000 events of 64 items).
     */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return consumer.applyRuns(this, events, event -> event.type().equals(STOCK_CHANGED), EventRuns::storefrontItem,
                Comparator.comparing(EventEnvelope::occurredAt), run -> model.stocks(run));
    }

    /** A {@code stock.changed} is applied by its time, never over a later one: again, it changes nothing, so no mark. */
    @Override
    public Set<String> versionedTypes() {
        return types();
    }

    @Override
    public String name() {
        return "ondc-gateway-service/search-stock";
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        return model.stock(UUID.fromString(p.path("storefront_id").asText()),
                UUID.fromString(p.path("catalogue_item_id").asText()), p.path("available").asInt(0), event.occurredAt());
    }
}
