package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where {@link Offload} runs work and where it answers: small work in place, the rest on a worker, both back on the caller's context. */
class OffloadTest {

    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The thread the work ran on, the thread the answer arrived on, and the event-loop thread that asked. */
    private record Threads(Thread work, Thread answer, Thread caller) {
    }

    private static Threads run(boolean small) throws Exception {
        CompletableFuture<Threads> done = new CompletableFuture<>();
        Context context = vertx.getOrCreateContext();
        context.runOnContext(ignored -> {
            Thread caller = Thread.currentThread();
            Offload.cpu(small, Thread::currentThread).subscribe().with(
                    work -> done.complete(new Threads(work, Thread.currentThread(), caller)), done::completeExceptionally);
        });
        return done.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void smallWorkRunsWhereItIsAsked() throws Exception {
        Threads threads = run(true);
        assertSame(threads.caller(), threads.work());
        assertSame(threads.caller(), threads.answer());
    }

    @Test
    void otherWorkRunsOnAWorkerAndAnswersOnTheCallersContext() throws Exception {
        Threads threads = run(false);
        assertNotEquals(threads.caller(), threads.work());
        assertEquals(true, threads.work().getName().contains("worker"), threads.work().getName());
        assertSame(threads.caller(), threads.answer());
    }

    @Test
    void aFailureOfSmallWorkIsTheUnisFailure() {
        var failure = Offload.cpu(true, () -> {
            throw new java.io.IOException("unreadable");
        }).onFailure().recoverWithItem(e -> e.getClass().getSimpleName() + ": " + e.getCause().getMessage())
                .await().atMost(Duration.ofSeconds(5));
        assertEquals("IllegalStateException: unreadable", failure);
    }
}
