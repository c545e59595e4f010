package in.haat.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/**
 * Asynchronous steps one after another, each started when the one before it succeeded, the first failure ending them.
 * Use it instead of a loop of {@code chain = chain.chain(...)}: such a loop nests one subscription per step, and
 * subscribing to a few hundred of them overflows a 512 KB thread stack before the first step runs. The overflow was
 * lost inside Mutiny: the gateway's batch of 463 results never ran and never failed, its transaction stayed open and
 * its partition's callbacks stopped (issue 15, 2026-12-04, services on C1 code; a cold JVM's interpreted frames are as
 * deep). A {@link Multi} concatenation requests the next step only when the last one ended, on a fresh stack.
 */
public final class InOrder {

    private InOrder() {
    }

    /** Runs {@code step} for each item, in order, and answers their results in that order (a step must not answer null). */
    public static <T, R> Uni<List<R>> map(Iterable<T> items, Function<T, Uni<R>> step) {
        return Multi.createFrom().iterable(items).onItem().<R>transformToUniAndConcatenate(step::apply).collect().asList();
    }

    /** Runs {@code step} for each item, in order. */
    public static <T> Uni<Void> each(Iterable<T> items, Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(step::apply).onItem().ignoreAsUni();
    }
}
