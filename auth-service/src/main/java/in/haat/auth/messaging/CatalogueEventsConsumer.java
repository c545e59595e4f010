package in.haat.auth.messaging;

import in.haat.auth.service.KnownSellerService;
import in.haat.auth.service.SellerDeletions;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns sellers, and their deletion, from catalogue-service's events, each event once however often Kafka delivers it. */
@ApplicationScoped
public class CatalogueEventsConsumer implements EventHandler {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final KnownSellerService sellers;
    private final SellerDeletions deletions;

    public CatalogueEventsConsumer(IdempotentConsumer consumer, EventCodec codec, KnownSellerService sellers,
            SellerDeletions deletions) {
        this.consumer = consumer;
        this.codec = codec;
        this.sellers = sellers;
        this.deletions = deletions;
    }

    @Incoming("catalogue-events")
    public Uni<Void> consume(String json) {
        return consumer.consume(json, this);
    }

    @Override
    public String name() {
        return "auth-service/known-sellers";
    }

    @Override
    public Set<String> types() {
        return Set.of("seller.created", "seller.deleted");
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        if ("seller.deleted".equals(event.type())) {
            SellerDeleted deleted = codec.payloadAs(event, SellerDeleted.class);
            return deletions.forget(deleted.sellerId(), deleted.deletedAt());
        }
        SellerCreated created = codec.payloadAs(event, SellerCreated.class);
        return sellers.learn(created.sellerId(), created.name(), created.partnerId(), created.createdAt()).replaceWithVoid();
    }
}
