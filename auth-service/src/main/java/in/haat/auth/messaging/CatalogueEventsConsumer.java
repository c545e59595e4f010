package in.haat.auth.messaging;

import in.haat.auth.service.KnownSellerService;
import in.haat.auth.service.SellerDeletions;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns sellers, and their deletion, from catalogue-service's events, each event once however often Kafka delivers it. */
@ApplicationScoped
public class CatalogueEventsConsumer {

    static final String CONSUMER = "auth-service/known-sellers";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final KnownSellerService sellers;

    private final SellerDeletions deletions;

    public CatalogueEventsConsumer(EventCodec codec, IdempotentConsumer idempotent, KnownSellerService sellers,
            SellerDeletions deletions) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.sellers = sellers;
        this.deletions = deletions;
    }

    @Incoming("catalogue-events")
    public Uni<Void> consume(String json) {
        return idempotent.handle(() -> consumeOnce(json));
    }

    private Uni<Void> consumeOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        if ("seller.deleted".equals(event.type())) {
            SellerDeleted deleted = codec.payloadAs(event, SellerDeleted.class);
            return idempotent.applyOnce(CONSUMER, event, () -> deletions.forget(deleted.sellerId(), deleted.deletedAt()))
                    .replaceWithVoid();
        }
        if (!"seller.created".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        SellerCreated created = codec.payloadAs(event, SellerCreated.class);
        return idempotent.applyOnce(CONSUMER, event,
                        () -> sellers.learn(created.sellerId(), created.name(), created.partnerId(), created.createdAt()))
                .replaceWithVoid();
    }
}
