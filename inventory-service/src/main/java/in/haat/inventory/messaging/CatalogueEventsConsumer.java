package in.haat.inventory.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.EventRuns;
import in.haat.events.BatchEventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.inventory.StockLevel;
import in.haat.inventory.messaging.CatalogueEventPayloads.CatalogueItemDeleted;
import in.haat.inventory.messaging.CatalogueEventPayloads.CatalogueItemUpserted;
import in.haat.inventory.messaging.CatalogueEventPayloads.StorefrontDeleted;
import in.haat.inventory.messaging.CatalogueEventPayloads.StorefrontUpserted;
import in.haat.inventory.repository.CatalogueStockRepository.ItemStock;
import in.haat.inventory.service.CatalogueReadModels;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the storefronts and catalogue items inventory-service knows from {@code haat.catalogue.events}, each
 * event once however often Kafka delivers it. Other event types on the topic ({@code seller.created}) are not
 * this consumer's; an event it cannot read is dead-lettered. Read in batches (one transaction each): a run of
 * {@code catalogue-item.upserted} for distinct items is one statement, everything else is applied one by one in order.
 */
@ApplicationScoped
public class CatalogueEventsConsumer implements BatchEventHandler {

    static final String STOREFRONT_UPSERTED = "storefront.upserted";
    static final String STOREFRONT_DELETED = "storefront.deleted";
    static final String ITEM_UPSERTED = "catalogue-item.upserted";
    static final String ITEM_DELETED = "catalogue-item.deleted";
    private static final Logger LOG = Logger.getLogger(CatalogueEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final CatalogueReadModels readModels;

    public CatalogueEventsConsumer(IdempotentConsumer consumer, EventCodec codec, CatalogueReadModels readModels) {
        this.consumer = consumer;
        this.codec = codec;
        this.readModels = readModels;
    }

    @Incoming("catalogue-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    @Override
    public String name() {
        return "inventory/catalogue-read-models";
    }

    @Override
    public Set<String> types() {
        return Set.of(STOREFRONT_UPSERTED, STOREFRONT_DELETED, ITEM_UPSERTED, ITEM_DELETED);
    }

    /**
     * A batch in order: each run of item upserts naming distinct items is one statement (a second event for an item
     * already in the run starts the next run, so each item's events keep their order); other events one by one.
     */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return consumer.applyRuns(this, events, event -> event.type().equals(ITEM_UPSERTED), EventRuns::storefrontItem,
                run -> readModels.itemsUpserted(name(), run.stream().map(this::itemStock).toList(), run));
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case STOREFRONT_UPSERTED -> {
                StorefrontUpserted p = read(event, StorefrontUpserted.class);
                require(event, p.storefrontId(), "storefront_id");
                require(event, p.sellerId(), "seller_id");
                yield readModels.storefrontUpserted(p.storefrontId(), p.sellerId(), p.partnerId(),
                        p.name() != null && p.name().isTextual() ? p.name().asText() : null);
            }
            case STOREFRONT_DELETED -> {
                StorefrontDeleted p = read(event, StorefrontDeleted.class);
                require(event, p.storefrontId(), "storefront_id");
                require(event, p.sellerId(), "seller_id");
                yield readModels.storefrontDeleted(p.storefrontId(), p.sellerId());
            }
            case ITEM_UPSERTED -> {
                yield readModels.itemsUpserted(name(), List.of(itemStock(event)), List.of(event));
            }
            default -> {
                CatalogueItemDeleted p = read(event, CatalogueItemDeleted.class);
                require(event, p.storefrontId(), "storefront_id");
                require(event, p.catalogueItemId(), "catalogue_item_id");
                yield readModels.itemDeleted(p.storefrontId(), p.catalogueItemId());
            }
        };
    }

    /** What a {@code catalogue-item.upserted} says of the item's stock row. */
    private ItemStock itemStock(EventEnvelope event) {
        CatalogueItemUpserted p = read(event, CatalogueItemUpserted.class);
        require(event, p.storefrontId(), "storefront_id");
        require(event, p.sellerId(), "seller_id");
        require(event, p.catalogueItemId(), "catalogue_item_id");
        String denomination = text(p.unitDenomination(), p.inventory(), "unit_denomination");
        return new ItemStock(p.sellerId(), p.storefrontId(), p.catalogueItemId(),
                denomination == null ? null : denomination.toUpperCase(Locale.ROOT),
                positive(p.unitValue(), p.inventory(), "unit_value"), firstQuantity(event, p));
    }

    private <T> T read(EventEnvelope event, Class<T> type) {
        if (event.version() != 1) {
            // A version this code cannot read; dead-lettered rather than half-applied.
            throw new MalformedEventException(event.type() + " version " + event.version() + " is not known here", null);
        }
        return codec.payloadAs(event, type);
    }

    private static void require(EventEnvelope event, UUID value, String field) {
        if (value == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no " + field, null);
        }
    }

    /** A text field at the top of the payload, else in its {@code inventory} object. */
    private static String text(JsonNode top, JsonNode inventory, String field) {
        JsonNode value = top != null && !top.isNull() ? top : inventory == null ? null : inventory.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static Integer positive(JsonNode top, JsonNode inventory, String field) {
        JsonNode value = top != null && !top.isNull() ? top : inventory == null ? null : inventory.get(field);
        return value != null && value.canConvertToInt() && value.asInt() > 0 ? value.asInt() : null;
    }

    /** The item's first quantity: 0 when the event has none or one that cannot be stock (logged, not dead-lettered). */
    private static int firstQuantity(EventEnvelope event, CatalogueItemUpserted p) {
        JsonNode value = p.quantity() != null && !p.quantity().isNull() ? p.quantity()
                : p.inventory() == null ? null : p.inventory().get("quantity");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (value.canConvertToInt() && value.asInt() >= 0 && value.asInt() <= StockLevel.MAX_QUANTITY) {
            return value.asInt();
        }
        LOG.warnf("%s %s: quantity %s cannot be stock; the item starts with 0 on hand", event.type(), event.id(), value);
        return 0;
    }
}
