package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Applies an event at most once per consumer: the processed-event mark and the effect commit in the
 * same transaction, so a redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /**
     * Runs {@code effect} unless {@code consumer} already applied {@code event}. Call it inside a
     * transaction ({@code @WithTransaction} on the {@code @Incoming} method).
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
