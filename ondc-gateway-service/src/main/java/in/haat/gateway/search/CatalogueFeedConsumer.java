package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.events.EventRuns;
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

/** Keeps the search read model's storefronts and items in step with catalogue-service's events, each one's effect once. */
@ApplicationScoped
public class CatalogueFeedConsumer implements BatchEventHandler {

    private final IdempotentConsumer consumer;
    private final SearchReadModel model;

    public CatalogueFeedConsumer(IdempotentConsumer consumer, SearchReadModel model) {
        this.consumer = consumer;
        this.model = model;
    }

    @Incoming("catalogue-for-search")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    /** A batch in order, each run of {@code catalogue-item.upserted} for distinct items in one statement (issue 15). */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return consumer.applyRuns(this, events, event -> event.type().equals("catalogue-item.upserted"),
                EventRuns::storefrontItem, run -> model.items(run));
    }

    @Override
    public String name() {
        return "ondc-gateway-service/search-catalogue";
    }

    @Override
    public Set<String> types() {
        return Set.of("seller.created", "seller.updated", "seller.deleted", "storefront.upserted", "storefront.deleted",
                "catalogue-item.upserted", "catalogue-item.deleted");
    }

    /**
     * Every type: each row this feed writes carries its event's time and takes no older one (an equal one writes the same
     * values again), deletions included, so an event applied twice changes nothing and needs no processed-event mark
     * (issue 15: 10,000 marks for a 10,000-item call). A topic replayed from its start after the tombstones were
     * purged ends where it was too: each item's upserts and deletion come again in their order.
     */
    @Override
    public Set<String> versionedTypes() {
        return types();
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        return switch (event.type()) {
            case "seller.created", "seller.updated" -> model.seller(p, event.occurredAt());
            case "seller.deleted" -> model.sellerDeleted(UUID.fromString(p.path("seller_id").asText()), event.occurredAt());
            case "storefront.upserted" -> model.storefront(p, event.occurredAt());
            case "storefront.deleted" -> model.storefrontDeleted(UUID.fromString(p.path("storefront_id").asText()), event.occurredAt());
            case "catalogue-item.upserted" -> model.item(p, event.occurredAt());
            default -> model.itemDeleted(UUID.fromString(p.path("storefront_id").asText()),
                    UUID.fromString(p.path("catalogue_item_id").asText()), event.occurredAt());
        };
    }
}
