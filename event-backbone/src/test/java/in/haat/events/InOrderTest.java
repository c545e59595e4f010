package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link InOrder}: steps one after another, the first failure ending them, however many there are. */
class InOrderTest {

    @Test
    void tenThousandStepsRunInOrderOnASmallStack() throws Exception {
        List<Integer> ran = new ArrayList<>();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        // 256 KB: a loop of chain(...) of a few hundred steps overflows it while subscribing, before any step runs.
        Thread small = new Thread(null, () -> InOrder.each(IntStream.range(0, 10_000).boxed().toList(),
                        n -> Uni.createFrom().item(n).invoke(ran::add))
                .subscribe().with(outcome::complete, outcome::complete), "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertEquals(null, outcome.get(10, TimeUnit.SECONDS));
        assertEquals(IntStream.range(0, 10_000).boxed().toList(), ran);
    }

    @Test
    void stepsThatEndOnAnotherThreadKeepTheirOrder() {
        ExecutorService elsewhere = Executors.newFixedThreadPool(3);
        try {
            List<Integer> ran = java.util.Collections.synchronizedList(new ArrayList<>());
            InOrder.each(IntStream.range(0, 2_000).boxed().toList(),
                            n -> Uni.createFrom().item(n).emitOn(elsewhere).invoke(ran::add))
                    .await().atMost(Duration.ofSeconds(30));
            assertEquals(IntStream.range(0, 2_000).boxed().toList(), ran);
        } finally {
            elsewhere.shutdownNow();
        }
    }

    @Test
    void mappedStepsAnswerInTheItemsOrderWhereverTheyEnd() {
        ExecutorService elsewhere = Executors.newFixedThreadPool(3);
        try {
            List<String> answers = InOrder.map(IntStream.range(0, 2_000).boxed().toList(),
                            n -> Uni.createFrom().item("answer " + n).onItem().delayIt().by(Duration.ofNanos(1 + (n * 7919L) % 50_000)).emitOn(elsewhere))
                    .await().atMost(Duration.ofSeconds(60));
            assertEquals(IntStream.range(0, 2_000).mapToObj(n -> "answer " + n).toList(), answers);
        } finally {
            elsewhere.shutdownNow();
        }
    }

    @Test
    void theFirstFailureEndsTheSteps() {
        List<Integer> ran = new ArrayList<>();
        Throwable failure = InOrder.each(List.of(1, 2, 3, 4), n -> n == 3
                        ? Uni.createFrom().failure(new IllegalStateException("step 3"))
                        : Uni.createFrom().item(n).invoke(ran::add))
                .onItem().transform(v -> (Throwable) null)
                .onFailure().recoverWithItem(e -> e)
                .await().indefinitely();

        assertInstanceOf(IllegalStateException.class, failure);
        assertEquals(List.of(1, 2), ran);
        assertFalse(ran.contains(4), "no step after the failed one");
    }
}
