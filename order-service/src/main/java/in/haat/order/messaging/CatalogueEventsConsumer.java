package in.haat.order.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.order.repository.CatalogueRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps order-service's copy of storefronts and items (prices, tax, policies, serviceability) from catalogue-service's
 * events. Read in batches, one transaction each, the events applied one by one in order (each a native upsert).
 */
@ApplicationScoped
public class CatalogueEventsConsumer implements EventHandler {

    private final IdempotentConsumer consumer;
    private final CatalogueRepository catalogue;

    public CatalogueEventsConsumer(IdempotentConsumer consumer, CatalogueRepository catalogue) {
        this.consumer = consumer;
        this.catalogue = catalogue;
    }

    @Incoming("catalogue-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    @Override
    public String name() {
        return "order-service/catalogue";
    }

    @Override
    public Set<String> types() {
        return Set.of("storefront.upserted", "storefront.deleted", "catalogue-item.upserted", "catalogue-item.deleted");
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        return switch (event.type()) {
            case "storefront.upserted" -> catalogue.storefront(uuid(event, "storefront_id"), uuid(event, "seller_id"),
                    p.path("partner_id").isTextual() ? p.path("partner_id").asText() : null, p, event.occurredAt());
            case "storefront.deleted" -> catalogue.storefrontDeleted(uuid(event, "storefront_id"), event.occurredAt());
            case "catalogue-item.upserted" -> catalogue.item(uuid(event, "storefront_id"),
                    uuid(event, "catalogue_item_id"), uuid(event, "seller_id"), p, event.occurredAt());
            default -> catalogue.itemDeleted(uuid(event, "storefront_id"), uuid(event, "catalogue_item_id"), event.occurredAt());
        };
    }

    static UUID uuid(EventEnvelope event, String field) {
        try {
            return UUID.fromString(event.payload().path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no valid " + field, e);
        }
    }
}
