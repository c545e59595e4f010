package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.events.BatchEventHandler;
import in.haat.events.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the search read model's stock in step with inventory-service's {@code stock.changed}, each event once. */
@ApplicationScoped
public class StockFeedConsumer implements BatchEventHandler {

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

    /** A batch in order, each run of {@code stock.changed} for distinct items in one statement (issue 15). */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return consumer.applyRuns(this, events, event -> event.type().equals("stock.changed"),
                event -> event.payload().path("storefront_id").asText() + ":" + event.payload().path("catalogue_item_id").asText(),
                run -> model.stocks(run));
    }

    @Override
    public String name() {
        return "ondc-gateway-service/search-stock";
    }

    @Override
    public Set<String> types() {
        return Set.of("stock.changed");
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        return model.stock(UUID.fromString(p.path("storefront_id").asText()),
                UUID.fromString(p.path("catalogue_item_id").asText()), p.path("available").asInt(0), event.occurredAt());
    }
}
