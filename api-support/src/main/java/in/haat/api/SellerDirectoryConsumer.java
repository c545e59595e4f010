package in.haat.api;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the seller directory from {@code seller.created} on {@code haat.catalogue.events}, each event once
 * however often Kafka delivers it. Every service consumes as its own group, so each has the whole directory.
 */
@ApplicationScoped
public class SellerDirectoryConsumer implements EventHandler {

    static final String SELLER_CREATED = "seller.created";

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final SellerDirectory directory;

    public SellerDirectoryConsumer(IdempotentConsumer consumer, EventCodec codec, SellerDirectory directory) {
        this.consumer = consumer;
        this.codec = codec;
        this.directory = directory;
    }

    @Incoming("seller-directory")
    public Uni<Void> consume(String json) {
        return consumer.consume(json, this);
    }

    @Override
    public String name() {
        return "api-support/seller-directory";
    }

    @Override
    public Set<String> types() {
        return Set.of(SELLER_CREATED);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
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
        return directory.record(created.sellerId(), created.partnerId(), name, createdAt).replaceWithVoid();
    }
}
