package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Publishes through the outbox from a test, on a Vert.x context as a request or a consumer would. */
@ApplicationScoped
public class TestPublisher {

    private final Vertx vertx;
    private final Outbox outbox;

    public TestPublisher(Vertx vertx, Outbox outbox) {
        this.vertx = vertx;
        this.outbox = outbox;
    }

    /** Publishes one event in a transaction of its own, which commits. */
    EventEnvelope publish(String topic, String type, String key, Object payload) {
        return run(() -> Panache.withTransaction(() -> outbox.publish(topic, type, 1, key, payload)));
    }

    /** Publishes one event in a transaction that then fails: the event must vanish with it. */
    Throwable publishThenFail(String topic, String type, String key, Object payload) {
        try {
            run(() -> Panache.withTransaction(() -> outbox.publish(topic, type, 1, key, payload)
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException("the state change fails")))));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    <T> T run(Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(ignored -> work.get().subscribe().with(result::complete, result::completeExceptionally));
        try {
            return result.get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
