package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    UUID publish(String topic, String type, String key, Object payload) {
        return run(() -> Panache.withTransaction(() -> outbox.publish(topic, type, 1, key, payload)));
    }

    /** Publishes one event in a transaction begun by {@link AfterCommit}, as the consumers and group commits do. */
    UUID publishAfterCommit(String topic, String type, String key, Object payload) {
        return run(() -> AfterCommit.withTransaction(() -> outbox.publish(topic, type, 1, key, payload)));
    }

    /** As {@link #publishAfterCommit}, but inside a transaction begun by Panache (a REST call's): it only joins that one. */
    UUID publishAfterCommitInsideAnother(String topic, String type, String key, Object payload) {
        return run(() -> Panache.withTransaction(() -> AfterCommit.withTransaction(() -> outbox.publish(topic, type, 1, key, payload))));
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

    /**
     * In one transaction, inside {@link Outbox#deferred}: events n=1, then 2 and 3 by {@link Outbox#publishAll}, then
     * n=4. Answers how many of them the outbox held in the transaction just before the deferred work ended.
     */
    long publishDeferred(String topic, String type, String key) {
        return run(() -> Panache.withTransaction(() -> outbox.deferred(() -> outbox.publish(topic, type, 1, key, Map.of("n", 1))
                .chain(() -> outbox.publishAll(topic, type, 1, key, List.of(2, 3), n -> Map.of("n", n)))
                .chain(() -> outbox.publish(topic, type, 1, key, Map.of("n", 4)))
                .chain(() -> written(type)))));
    }

    /** One event in a transaction of its own after a deferred one: answers how many of its type the transaction sees. */
    long publishAndCount(String topic, String type, String key) {
        return run(() -> Panache.withTransaction(() -> outbox.publish(topic, type, 1, key, Map.of("n", 5)).chain(() -> written(type))));
    }

    private static Uni<Long> written(String type) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select count(*) from outbox_event where event_type = ?1", Long.class).setParameter(1, type).getSingleResult());
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
