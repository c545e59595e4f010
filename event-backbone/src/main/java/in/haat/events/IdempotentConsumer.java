package in.haat.events;

import in.haat.events.repository.ProcessedEventRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The rules of every Kafka consumer, in one place: an event takes effect at most once per consumer (the processed-event
 * mark and the effect commit in one transaction, so a redelivered event changes nothing; a handler's
 * {@link EventHandler#versionedTypes} need no mark, their effect being idempotent already), a failed attempt is retried
 * with back-off, and an event that can never be applied is dead-lettered (by the channel's dead-letter-queue failure
 * strategy) at once. A consumer is an {@link EventHandler} whose {@code @Incoming} method calls {@link #consume}, or,
 * on a channel with {@code batch=true}, {@link #consumeBatch}: the same rules with one transaction per batch.
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
    private final Outbox outbox;

    public IdempotentConsumer(EventCodec codec, EventTracing tracing, ProcessedEventRepository processed, Outbox outbox) {
        this.outbox = outbox;
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
        if (!wanted(json, handler)) {
            return Uni.createFrom().voidItem();
        }
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
        return handle(() -> applyOnce(handler, event))
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
        Uni<Void> once = Uni.createFrom().deferred(() -> AfterCommit.withTransaction(attempt::get)).replaceWithVoid();
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

    /** {@link #applyOnce(String, EventEnvelope, Supplier)} for a handler's event; one of its versioned types takes no mark. */
    private Uni<?> applyOnce(EventHandler handler, EventEnvelope event) {
        return handler.versionedTypes().contains(event.type())
                ? tracing.within(handler.name(), event, () -> handler.apply(event))
                : applyOnce(handler.name(), event, () -> handler.apply(event));
    }

    /**
     * Applies a batch of Kafka records (a channel with {@code batch=true}, acknowledged by hand) with the rules of
     * {@link #consume}, in one transaction: every event of a declared type is marked processed in one statement (but the
     * versioned types) and the ones not marked before (and the versioned ones) are applied in the order they came, by
     * {@link BatchEventHandler#applyAll} or else one by one.
     * A record that is not an envelope is dead-lettered on its own. If the batch's transaction fails, nothing of it
     * stays and its events are applied again one transaction each, in order, with {@link #consume}'s retries: so one
     * event that can never be applied is dead-lettered alone and the others still apply. Answers once every record is
     * acknowledged (its offset may then be committed).
     */
    public Uni<Void> consumeBatch(KafkaRecordBatch<?, String> batch, EventHandler handler) {
        // Hibernate Reactive must run on the batch's Vert.x context, also after a dead-letter send completed elsewhere.
        Context context = Vertx.currentContext();
        List<EventEnvelope> events = new ArrayList<>();
        List<KafkaRecord<?, String>> records = new ArrayList<>();
        List<Uni<Void>> deadLetters = new ArrayList<>();
        for (KafkaRecord<?, String> record : batch.getRecords()) {
            if (!wanted(record.getPayload(), handler)) {
                continue;
            }
            EventEnvelope event;
            try {
                event = codec.fromJson(record.getPayload());
            } catch (MalformedEventException e) {
                LOG.warnf("%s: dead-lettering a record that is not an event: %s", handler.name(), e.getMessage());
                deadLetters.add(Uni.createFrom().completionStage(() -> record.nack(e)));
                continue;
            }
            if (handler.types().contains(event.type())) {
                events.add(event);
                records.add(record);
            }
        }
        Uni<Void> dead = deadLetters.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(deadLetters).andCollectFailures().replaceWithVoid();
        return dead.chain(() -> events.isEmpty() ? Uni.createFrom().voidItem() : applyBatch(context, events, records, handler))
                .chain(() -> Uni.createFrom().completionStage(batch::ack));
    }

    private Uni<Void> applyBatch(Context context, List<EventEnvelope> events, List<KafkaRecord<?, String>> records,
            EventHandler handler) {
        Uni<Void> once = onContext(context, Uni.createFrom().deferred(() -> AfterCommit.withTransaction(() -> applyAllOnce(handler, events))));
        return once.onFailure().recoverWithUni(failure -> {
            LOG.debugf("%s: a batch of %d events failed (%s); applying them one transaction each", handler.name(),
                    events.size(), failure.toString());
            return InOrder.each(java.util.stream.IntStream.range(0, events.size()).boxed().toList(), i -> {
                EventEnvelope event = events.get(i);
                KafkaRecord<?, String> record = records.get(i);
                return onContext(context, Uni.createFrom().deferred(
                                () -> handle(() -> applyOnce(handler, event))))
                        .onFailure().recoverWithUni(e -> {
                            LOG.warnf("%s: %s %s dead-lettered: %s", handler.name(), event.type(), event.id(), e.toString());
                            return Uni.createFrom().completionStage(() -> record.nack(e));
                        });
            });
        });
    }

    /**
     * Marks the batch processed (but for the handler's versioned types) and applies what was new, in order; call it
     * inside a transaction.
     */
    Uni<Void> applyAllOnce(EventHandler handler, List<EventEnvelope> events) {
        List<EventEnvelope> unique = new ArrayList<>(events.size());
        Set<UUID> seen = new HashSet<>();
        for (EventEnvelope event : events) {
            if (seen.add(event.id())) {
                unique.add(event);
            }
        }
        Set<String> versioned = handler.versionedTypes();
        List<EventEnvelope> marked = unique.stream().filter(e -> !versioned.contains(e.type())).toList();
        return processed.markAllProcessed(handler.name(), marked).chain(fresh -> {
            List<EventEnvelope> toApply = unique.stream()
                    .filter(e -> versioned.contains(e.type()) || fresh.contains(e.id())).toList();
            if (toApply.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            // What the batch publishes goes to the outbox in one insert at its end (issue 15: one insert per result).
            return outbox.deferred(() -> handler instanceof BatchEventHandler bulk ? bulk.applyAll(toApply) : applyEach(handler, toApply));
        });
    }

    /**
     * Applies {@code events} one after the other with {@code handler}, each with its own trace current, in the caller's
     * transaction: for a {@link BatchEventHandler}'s events that cannot go into one statement.
     */
    public Uni<Void> applyEach(EventHandler handler, List<EventEnvelope> events) {
        return InOrder.each(events, event -> tracing.within(handler.name(), event, () -> handler.apply(event)));
    }

    /**
     * As {@link #applyEach}, with a step that answers something (never null): their answers in the events' order, for a
     * {@link BatchEventHandler} that prepares each event one by one and then writes what they made in one statement.
     */
    public <R> Uni<List<R>> mapEach(EventHandler handler, List<EventEnvelope> events, Function<EventEnvelope, Uni<R>> step) {
        return InOrder.map(events, event -> tracing.within(handler.name(), event, () -> step.apply(event)));
    }

    /**
     * Applies a batch in order the way a {@link BatchEventHandler} usually does: each run of consecutive events that
     * {@code bulkable} accepts and whose {@code rowOf} differ goes to {@code bulk} at once (one statement); an event
     * whose row is already in the run starts the next run, so each row's events keep their order; any other event is
     * applied alone ({@link #applyEach}). In the caller's transaction.
     */
    public Uni<Void> applyRuns(EventHandler handler, List<EventEnvelope> events, Predicate<EventEnvelope> bulkable,
            Function<EventEnvelope, Object> rowOf, Function<List<EventEnvelope>, Uni<Void>> bulk) {
        return applyRuns(handler, events, bulkable, rowOf, null, bulk);
    }

    /**
     * As {@link #applyRuns(EventHandler, List, Predicate, Function, Function)}, with only the newest event of each row
     * in a run ({@code newest} orders them, see {@link EventRuns}): for rows that never go back to an older version.
     */
    public Uni<Void> applyRuns(EventHandler handler, List<EventEnvelope> events, Predicate<EventEnvelope> bulkable,
            Function<EventEnvelope, Object> rowOf, Comparator<EventEnvelope> newest, Function<List<EventEnvelope>, Uni<Void>> bulk) {
        return InOrder.each(EventRuns.of(events, bulkable, rowOf, newest),
                step -> step.run() != null ? bulk.apply(step.run()) : applyEach(handler, List.of(step.alone())));
    }

    /** False for an envelope of a type the handler does not declare, told from its type alone (nothing else decoded). */
    private boolean wanted(String json, EventHandler handler) {
        String type = json == null ? null : codec.typeOf(json);
        return type == null || handler.types().contains(type);
    }

    private static <T> Uni<T> onContext(Context context, Uni<T> work) {
        return context == null ? work : work.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
