package in.haat.sellers;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.events.InOrder;
import in.haat.events.MalformedEventException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the seller directory from {@code seller.created} and {@code seller.deleted} on {@code haat.sellers.events},
 * each event once however often Kafka delivers it; a deletion also runs the service's {@link SellerDeletionListener}s
 * in the same transaction. Every service consumes as its own group, so each has the whole directory. The topic holds
 * only these (catalogue-service publishes them on {@code haat.catalogue.events} too, in order with the catalogue, where
 * the five services' copies of this consumer used to read every catalogue item only to skip it: issue 15); any other
 * type is still skipped, a batch at a time.
 */
@ApplicationScoped
public class SellerDirectoryConsumer implements EventHandler {

    static final String SELLER_CREATED = "seller.created";
    static final String SELLER_DELETED = "seller.deleted";

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final SellerDirectory directory;
    private final Instance<SellerDeletionListener> deletionListeners;

    public SellerDirectoryConsumer(IdempotentConsumer consumer, EventCodec codec, SellerDirectory directory,
            @Any Instance<SellerDeletionListener> deletionListeners) {
        this.consumer = consumer;
        this.codec = codec;
        this.directory = directory;
        this.deletionListeners = deletionListeners;
    }

    @Incoming("seller-directory")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    /** The name the seller-facing services' processed events already carry (from api-support), kept so none is applied twice. */
    @Override
    public String name() {
        return "api-support/seller-directory";
    }

    @Override
    public Set<String> types() {
        return Set.of(SELLER_CREATED, SELLER_DELETED);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        if (event.version() != 1) {
            // A version this code cannot read; dead-lettered rather than half-applied.
            throw new MalformedEventException(event.type() + " version " + event.version() + " is not known here", null);
        }
        return SELLER_DELETED.equals(event.type()) ? deleted(event) : created(event);
    }

    private Uni<Void> created(EventEnvelope event) {
        SellerCreated created = codec.payloadAs(event, SellerCreated.class);
        if (created.sellerId() == null) {
            throw new MalformedEventException("seller.created " + event.id() + " has no seller_id", null);
        }
        String name = created.name() == null ? "" : created.name();
        Instant createdAt = created.createdAt() == null ? event.occurredAt() : created.createdAt();
        return directory.record(created.sellerId(), created.partnerId(), name, createdAt).replaceWithVoid();
    }

    private Uni<Void> deleted(EventEnvelope event) {
        SellerDeleted deleted = codec.payloadAs(event, SellerDeleted.class);
        if (deleted.sellerId() == null) {
            throw new MalformedEventException("seller.deleted " + event.id() + " has no seller_id", null);
        }
        Instant deletedAt = deleted.deletedAt() == null ? event.occurredAt() : deleted.deletedAt();
        return directory.markDeleted(deleted.sellerId(), deletedAt)
                .chain(() -> InOrder.each(deletionListeners, listener -> listener.sellerDeleted(deleted.sellerId(), deletedAt)));
    }
}
