package in.haat.events;

import in.haat.events.repository.ProcessedEventRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The rules of every Kafka consumer, in one place: an event is applied at most once per consumer (the processed-event
 * mark and the effect commit in one transaction, so a redelivered event changes nothing), a failed attempt is retried
 * with back-off, and an event that can never be applied is dead-lettered (by the channel's dead-letter-queue failure
 * strategy) at once. A consumer is an {@link EventHandler} whose {@code @Incoming} method calls {@link #consume}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);
    private static final int RETRIES = 10;

    private final EventCodec codec;
    private final EventTracing tracing;
    private final ProcessedEventRepository processed;

    public IdempotentConsumer(EventCodec codec, EventTracing tracing, ProcessedEventRepository processed) {
        this.codec = codec;
        this.tracing = tracing;
        this.processed = processed;
    }

    /**
     * Applies one Kafka record with {@code handler}: a record that is not an envelope fails at once (dead-lettered);
     * an event of a type the handler does not declare is passed over; any other is applied once, in a transaction of
     * its own, with the event's trace current (see {@link #handle}).
     */
    public Uni<Void> consume(String json, EventHandler handler) {
        EventEnvelope event;
        try {
            event = codec.fromJson(json);
        } catch (MalformedEventException e) {
            LOG.warnf("%s: dead-lettering a record that is not an event: %s", handler.name(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
        if (!handler.types().contains(event.type())) {
            return Uni.createFrom().voidItem();
        }
        return handle(() -> applyOnce(handler.name(), event, () -> handler.apply(event)))
                .onFailure().invoke(e -> LOG.warnf("%s: %s %s dead-lettered: %s", handler.name(), event.type(), event.id(),
                        e.toString()));
    }

    /**
     * Runs one attempt in a transaction of its own. A failed attempt (a lost connection, a database restart, the
     * service shutting down) is retried with back-off, about a minute in all, before the record goes to the dead-letter
     * topic; a record that is not a valid event fails at once. While the service stops, the pending retry keeps the
     * record unacknowledged, so its offset is not committed and it is delivered again after restart instead of being
     * dead-lettered. Consumers not yet declared as an {@link EventHandler} still call this and {@link #applyOnce}.
     */
    public Uni<Void> handle(Supplier<Uni<?>> attempt) {
        Context context = Vertx.currentContext();
        Uni<Void> once = Uni.createFrom().deferred(() -> Panache.withTransaction(attempt::get)).replaceWithVoid();
        if (context != null) {
            // Retries are resubscribed from Mutiny's timer; Hibernate Reactive must run on the record's context.
            once = once.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return once.onFailure(e -> !(e instanceof MalformedEventException))
                .retry().withBackOff(FIRST_RETRY, MAX_RETRY).atMost(RETRIES);
    }

    /**
     * Runs {@code effect} unless {@code consumer} already applied {@code event}, with the event's trace current (so
     * what the effect publishes continues it). Call it inside a transaction (from {@link #handle}).
     *
     * @return true when the effect ran, false for a redelivery
     */
    public Uni<Boolean> applyOnce(String consumer, EventEnvelope event, Supplier<Uni<?>> effect) {
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "IdempotentConsumer.applyOnce must run inside a transaction"))
                .chain(tx -> processed.markProcessed(consumer, event.id(), event.type()))
                .chain(inserted -> inserted
                        ? tracing.within(consumer, event, () -> effect.get().replaceWithVoid()).replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE));
    }
}
