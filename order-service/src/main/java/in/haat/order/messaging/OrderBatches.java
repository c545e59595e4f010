package in.haat.order.messaging;

import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.order.repository.DraftRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How order-service's consumers apply a batch of events that move orders on, in the batch's one transaction (issue 15):
 * the drafts the batch names are locked first, in one order, then each event is applied as if alone, with a
 * persistence context of its own ({@link #settle}), so an event sees what the ones before it wrote exactly as it did
 * when each had its own transaction, and a batch's session does not grow with it.
 */
@ApplicationScoped
public class OrderBatches {

    private final IdempotentConsumer consumer;
    private final DraftRepository drafts;

    public OrderBatches(IdempotentConsumer consumer, DraftRepository drafts) {
        this.consumer = consumer;
        this.drafts = drafts;
    }

    /** Locks the drafts of {@code events} (by {@code transactionOf}, null for none), in the caller's transaction. */
    public Uni<Void> lockDrafts(List<EventEnvelope> events, Function<EventEnvelope, String> transactionOf) {
        return drafts.lockAll(events.stream().map(transactionOf).filter(Objects::nonNull).toList());
    }

    /** Locks the batch's drafts, then applies its events one by one in order, each with its own trace. */
    public Uni<Void> applyOneByOne(EventHandler handler, List<EventEnvelope> events, Function<EventEnvelope, String> transactionOf) {
        return lockDrafts(events, transactionOf).chain(() -> consumer.applyEach(handler, events));
    }

    /**
     * Writes what the event applied so far changed and forgets its entities: the next event of the batch starts with an
     * empty persistence context, as it did in a transaction of its own (and flushes do not re-check every earlier
     * event's entities). Harmless when the event has a transaction of its own: its commit then has nothing left to flush.
     */
    public static Uni<Void> settle() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }
}
