package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the search read model's stock in step with inventory-service's {@code stock.changed}, each event once. */
@ApplicationScoped
public class StockFeedConsumer implements EventHandler {

    private final IdempotentConsumer consumer;
    private final SearchReadModel model;

    public StockFeedConsumer(IdempotentConsumer consumer, SearchReadModel model) {
        this.consumer = consumer;
        this.model = model;
    }

    @Incoming("stock-for-search")
    public Uni<Void> consume(String json) {
        return consumer.consume(json, this);
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
