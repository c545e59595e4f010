package in.haat.events;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * An {@link EventHandler} that applies a batch of events with bulk statements. {@link IdempotentConsumer#consumeBatch}
 * hands it the new events of a batch (redeliveries already removed), in the order they came, inside the one transaction
 * that marks them processed; it must keep each key's events in that order (apply runs of events that touch distinct
 * rows in one statement, the rest one by one through {@link IdempotentConsumer#applyEach}). A handler that is not one
 * has its events applied one by one, still in one transaction per batch.
 */
public interface BatchEventHandler extends EventHandler {

    /** Applies {@code events} (all of declared types, none applied before) in order, in the caller's transaction. */
    Uni<Void> applyAll(List<EventEnvelope> events);
}
