package in.haat.order.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.order.repository.CatalogueRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps order-service's copy of storefronts and items (prices, tax, policies, serviceability) from catalogue-service's events. */
@ApplicationScoped
public class CatalogueEventsConsumer {

    static final String CONSUMER = "order-service/catalogue";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final CatalogueRepository catalogue;

    public CatalogueEventsConsumer(EventCodec codec, IdempotentConsumer idempotent, CatalogueRepository catalogue) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.catalogue = catalogue;
    }

    @Incoming("catalogue-events")
    public Uni<Void> consume(String json) {
        return idempotent.handle(() -> consumeOnce(json));
    }

    private Uni<Void> consumeOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        JsonNode p = event.payload();
        return switch (event.type()) {
            case "storefront.upserted" -> once(event, () -> catalogue.storefront(uuid(event, "storefront_id"), uuid(event, "seller_id"),
                    p.path("partner_id").isTextual() ? p.path("partner_id").asText() : null, p, event.occurredAt()));
            case "storefront.deleted" -> once(event, () -> catalogue.storefrontDeleted(uuid(event, "storefront_id"), event.occurredAt()));
            case "catalogue-item.upserted" -> once(event, () -> catalogue.item(uuid(event, "storefront_id"),
                    uuid(event, "catalogue_item_id"), uuid(event, "seller_id"), p, event.occurredAt()));
            case "catalogue-item.deleted" -> once(event, () -> catalogue.itemDeleted(uuid(event, "storefront_id"),
                    uuid(event, "catalogue_item_id"), event.occurredAt()));
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> once(EventEnvelope event, java.util.function.Supplier<Uni<?>> effect) {
        return idempotent.applyOnce(CONSUMER, event, effect).replaceWithVoid();
    }

    static UUID uuid(EventEnvelope event, String field) {
        try {
            return UUID.fromString(event.payload().path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no valid " + field, e);
        }
    }
}
