package in.haat.events;

import io.smallrye.mutiny.Uni;
import java.util.Set;

/**
 * What an idempotent consumer declares: its name (the key of its processed events), the event types it applies, and
 * how it applies one. Its {@code @Incoming} method hands each record to {@link IdempotentConsumer#consume}, which does
 * the rest: envelope decoding, skipping other types, one transaction with the processed-event mark, retries and the
 * dead-letter rules.
 */
public interface EventHandler {

    /** Unique per consumer and stable across releases, e.g. {@code inventory/order-stock}. */
    String name();

    /** The event types this consumer applies; every other type on its topic is passed over without a transaction. */
    Set<String> types();

    /**
     * The types among {@link #types()} whose effect needs no processed-event mark: each event carries its row's version
     * (or time) and the row never takes an older or equal one again, so applying it twice changes nothing. Marking them
     * was half of what a stock event cost each of its readers (issue 15). None by default.
     */
    default Set<String> versionedTypes() {
        return Set.of();
    }

    /**
     * Applies one event, at most once in effect: runs inside the transaction that records the event as processed (not for
     * a versioned type, which changes nothing when applied again), with the event's trace current. Throw
     * {@link MalformedEventException} for an event that can never be applied (it is dead-lettered at once); any other
     * failure is retried.
     */
    Uni<Void> apply(EventEnvelope event);
}
