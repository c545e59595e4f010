package in.haat.events;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jboss.logging.Logger;

/**
 * Group commit: writes that arrive together share one transaction (one commit, one fsync), and each caller is
 * answered only once its batch has committed, so an answer still means durable. No timer: a write starts at once when
 * one of the writers is free, and writes arriving while all are busy form the next batch, so batches grow with the
 * load and a lone write waits for nothing. A batch that fails is written again one item per transaction, so one item
 * the database refuses fails only its own caller.
 *
 * @param <T> what a caller hands in
 * @param <R> what it is answered
 */
public final class GroupCommit<T, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    /** An item's answer from a batch: its value, or why it alone failed (the batch still commits). */
    public record Outcome<R>(R value, Throwable failure) {
        public static <R> Outcome<R> of(R value) {
            return new Outcome<>(value, null);
        }

        public static <R> Outcome<R> failed(Throwable failure) {
            return new Outcome<>(null, failure);
        }
    }

    /** One item waiting for its batch, with who waits for its answer and on which context. */
    private record Waiting<T, R>(T item, Context context, UniEmitter<? super R> answer) {
    }

    private final String name;
    private final Vertx vertx;
    private final int batchSize;
    private final long batchWeight;
    private final ToLongFunction<T> weight;
    private final int writers;
    private final Function<List<T>, Uni<List<Outcome<R>>>> write;
    private final ConcurrentLinkedQueue<Waiting<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger busy = new AtomicInteger();

    /**
     * {@code write} runs inside the batch's transaction and answers one outcome per item, in order; a batch holds at
     * most {@code batchSize} items and, past its first, {@code batchWeight} of their {@code weight}.
     */
    public GroupCommit(String name, Vertx vertx, int batchSize, long batchWeight, ToLongFunction<T> weight, int writers,
            Function<List<T>, Uni<List<Outcome<R>>>> write) {
        this.name = name;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.batchWeight = batchWeight;
        this.weight = weight;
        this.writers = writers;
        this.write = write;
    }

    /** Writes {@code item} with whatever else is waiting; answered after the commit, on the caller's Vert.x context. */
    public Uni<R> submit(T item) {
        return Uni.createFrom().emitter(answer -> {
            queue.add(new Waiting<>(item, Vertx.currentContext(), answer));
            startWriters();
        });
    }

    private void startWriters() {
        while (!queue.isEmpty()) {
            int now = busy.get();
            if (now >= writers) {
                return; // a busy writer looks at the queue again when its batch is done
            }
            if (busy.compareAndSet(now, now + 1)) {
                writeNextBatch();
            }
        }
    }

    private void writeNextBatch() {
        List<Waiting<T, R>> batch = new ArrayList<>();
        long total = 0;
        for (Waiting<T, R> next; batch.size() < batchSize && (batch.isEmpty() || total < batchWeight) && (next = queue.poll()) != null; ) {
            batch.add(next);
            total += weight.applyAsLong(next.item());
        }
        if (batch.isEmpty()) {
            next();
            return;
        }
        // A fresh duplicated context: the batch's Hibernate Reactive session is its own, never a caller's.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> commit(batch).subscribe().with(
                outcomes -> {
                    for (int i = 0; i < batch.size(); i++) {
                        answer(batch.get(i), outcomes.get(i));
                    }
                    next();
                },
                failure -> {
                    if (batch.size() == 1) {
                        answer(batch.get(0), Outcome.failed(failure));
                        next();
                        return;
                    }
                    LOG.warnf("%s: a batch of %d failed (%s); writing its items one by one", name, batch.size(), failure.toString());
                    InOrder.each(batch, waiting -> commit(List.of(waiting))
                                    .onItemOrFailure().transform((outcomes, e) -> {
                                        answer(waiting, e == null ? outcomes.get(0) : Outcome.failed(e));
                                        return null;
                                    }))
                            .subscribe().with(v -> next(), e -> next());
                }));
    }

    private Uni<List<Outcome<R>>> commit(List<Waiting<T, R>> batch) {
        return AfterCommit.withTransaction(() -> write.apply(batch.stream().map(Waiting::item).toList()));
    }

    private void next() {
        busy.decrementAndGet();
        startWriters(); // an item queued after the last poll is not left waiting
    }

    private static <T, R> void answer(Waiting<T, R> waiting, Outcome<R> outcome) {
        Runnable complete = outcome.failure() == null ? () -> waiting.answer().complete(outcome.value())
                : () -> waiting.answer().fail(outcome.failure());
        if (waiting.context() == null) {
            complete.run();
        } else {
            waiting.context().runOnContext(ignored -> complete.run());
        }
    }
}
