package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Applies an event at most once per consumer: the processed-event mark and the effect commit in the
 * same transaction, so a redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);
    private static final int RETRIES = 10;

    /**
     * Handles one Kafka record in a transaction of its own. A failed attempt (a lost connection, a database
     * restart, the service shutting down) is retried with back-off, about a minute in all, before the record
     * goes to the dead-letter topic; a record that is not a valid event fails at once. While the service stops,
     * the pending retry keeps the record unacknowledged, so its offset is not committed and it is delivered
     * again after restart instead of being dead-lettered.
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
     * Runs {@code effect} unless {@code consumer} already applied {@code event}. Call it inside a
     * transaction (from {@link #handle}).
     *
     * @return true when the effect ran, false for a redelivery
     */
    public Uni<Boolean> applyOnce(String consumer, EventEnvelope event, Supplier<Uni<?>> effect) {
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "IdempotentConsumer.applyOnce must run inside a transaction"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.createNativeQuery(
                                "insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3) "
                                        + "on conflict do nothing")
                        .setParameter(1, consumer)
                        .setParameter(2, event.id())
                        .setParameter(3, event.type())
                        .executeUpdate())
                .chain(inserted -> inserted == 1
                        ? effect.get().replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE));
    }
}
