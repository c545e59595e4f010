package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the search read model in step with catalogue-service's and inventory-service's events, each event once. */
@ApplicationScoped
public class CatalogueFeedConsumer {

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final SearchReadModel model;

    public CatalogueFeedConsumer(EventCodec codec, IdempotentConsumer idempotent, SearchReadModel model) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.model = model;
    }

    @Incoming("catalogue-for-search")
    public Uni<Void> catalogue(String json) {
        return idempotent.handle(() -> catalogueOnce(json));
    }

    private Uni<Void> catalogueOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        JsonNode p = event.payload();
        Uni<Void> effect = switch (event.type()) {
            case "seller.created", "seller.updated" -> model.seller(p, event.occurredAt());
            case "seller.deleted" -> model.sellerDeleted(UUID.fromString(p.path("seller_id").asText()), event.occurredAt());
            case "storefront.upserted" -> model.storefront(p, event.occurredAt());
            case "storefront.deleted" -> model.storefrontDeleted(UUID.fromString(p.path("storefront_id").asText()), event.occurredAt());
            case "catalogue-item.upserted" -> model.item(p, event.occurredAt());
            case "catalogue-item.deleted" -> model.itemDeleted(UUID.fromString(p.path("storefront_id").asText()),
                    UUID.fromString(p.path("catalogue_item_id").asText()), event.occurredAt());
            default -> null;
        };
        return effect == null ? Uni.createFrom().voidItem()
                : idempotent.applyOnce("ondc-gateway-service/search-catalogue", event, () -> effect).replaceWithVoid();
    }

    @Incoming("stock-for-search")
    public Uni<Void> stock(String json) {
        return idempotent.handle(() -> stockOnce(json));
    }

    private Uni<Void> stockOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        if (!"stock.changed".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        JsonNode p = event.payload();
        return idempotent.applyOnce("ondc-gateway-service/search-stock", event, () -> model.stock(
                UUID.fromString(p.path("storefront_id").asText()), UUID.fromString(p.path("catalogue_item_id").asText()),
                p.path("available").asInt(0), event.occurredAt())).replaceWithVoid();
    }
}
