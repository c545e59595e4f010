package in.haat.order.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.BatchEventHandler;
import in.haat.events.EventEnvelope;
import in.haat.events.EventRuns;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.order.repository.CatalogueRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps order-service's copy of storefronts and items (prices, tax, policies, serviceability) from catalogue-service's
 * events. Read in batches, one transaction each, in order: each run of item upserts for distinct items is one native
 * upsert, any other event its own statement.
 */
@ApplicationScoped
public class CatalogueEventsConsumer implements BatchEventHandler {

    private static final String ITEM_UPSERTED = "catalogue-item.upserted";

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

    /**
     * A batch in order, each run of {@code catalogue-item.upserted} for distinct items in one statement (issue 15: a
     * 10,000-item catalogue was 10,000 statements here), the rest one by one.
     */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return consumer.applyRuns(this, events, event -> ITEM_UPSERTED.equals(event.type()), EventRuns::storefrontItem,
                run -> catalogue.items(run.stream().map(CatalogueEventsConsumer::item).toList()));
    }

    private static CatalogueRepository.ItemUpsert item(EventEnvelope event) {
        return new CatalogueRepository.ItemUpsert(uuid(event, "storefront_id"), uuid(event, "catalogue_item_id"),
                uuid(event, "seller_id"), event.payload(), event.occurredAt());
    }

    @Override
    public String name() {
        return "order-service/catalogue";
    }

    @Override
    public Set<String> types() {
        return Set.of("storefront.upserted", "storefront.deleted", "catalogue-item.upserted", "catalogue-item.deleted");
    }

    /**
     * Every type: each row carries its event's time and takes no older one (an equal one writes the same values again),
     * a storefront's deletion stamping its items too, so an event applied twice changes nothing and needs no
     * processed-event mark (issue 15: 10,000 marks for a 10,000-item call).
     */
    @Override
    public Set<String> versionedTypes() {
        return types();
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        return switch (event.type()) {
            case "storefront.upserted" -> catalogue.storefront(uuid(event, "storefront_id"), uuid(event, "seller_id"),
                    p.path("partner_id").isTextual() ? p.path("partner_id").asText() : null, p, event.occurredAt());
            case "storefront.deleted" -> catalogue.storefrontDeleted(uuid(event, "storefront_id"), event.occurredAt());
            case ITEM_UPSERTED -> catalogue.items(List.of(item(event)));
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
