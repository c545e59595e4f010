package in.haat.api;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the seller directory from {@code seller.created} on {@code haat.catalogue.events}, each event once
 * however often Kafka delivers it. Every service consumes as its own group, so each has the whole directory.
 */
@ApplicationScoped
public class SellerDirectoryConsumer {

    static final String CONSUMER = "api-support/seller-directory";
    static final String SELLER_CREATED = "seller.created";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final SellerDirectory directory;

    public SellerDirectoryConsumer(EventCodec codec, IdempotentConsumer idempotent, SellerDirectory directory) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.directory = directory;
    }

    @Incoming("seller-directory")
    public Uni<Void> consume(String json) {
        return idempotent.handle(() -> consumeOnce(json));
    }

    private Uni<Void> consumeOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        if (!SELLER_CREATED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        if (event.version() != 1) {
            // A version this code cannot read; dead-lettered rather than half-applied.
            throw new MalformedEventException("seller.created version " + event.version() + " is not known here", null);
        }
        SellerCreated created = codec.payloadAs(event, SellerCreated.class);
        if (created.sellerId() == null) {
            throw new MalformedEventException("seller.created " + event.id() + " has no seller_id", null);
        }
        String name = created.name() == null ? "" : created.name();
        Instant createdAt = created.createdAt() == null ? event.occurredAt() : created.createdAt();
        return idempotent.applyOnce(CONSUMER, event,
                        () -> directory.record(created.sellerId(), created.partnerId(), name, createdAt))
                .replaceWithVoid();
    }
}
