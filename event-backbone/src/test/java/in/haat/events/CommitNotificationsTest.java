package in.haat.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A wake-on-commit NOTIFY is sent once per transaction however often it is asked for, and again by the next
 * transaction of the same session; a rolled-back transaction sends none.
 */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class CommitNotificationsTest {

    @Inject
    Vertx vertx;

    @Test
    void eachCommittedTransactionNotifiesOnceAndARolledBackOneNever() throws Throwable {
        String channel = "haat_test_" + UUID.randomUUID().toString().replace("-", "");
        AtomicInteger received = new AtomicInteger();
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, WakeableLoop.serviceDatabase());
        subscriber.channel(channel).handler(ignored -> received.incrementAndGet());
        subscriber.connect().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            Uni<Void> thrice = WakeableLoop.wakeOnCommit(channel).chain(() -> WakeableLoop.wakeOnCommit(channel))
                    .chain(() -> WakeableLoop.wakeOnCommit(channel));
            VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.withTransaction(() -> thrice)
                    .chain(() -> Panache.withTransaction(() -> WakeableLoop.wakeOnCommit(channel)))));
            await().atMost(Duration.ofSeconds(10)).until(() -> received.get() >= 2);

            try {
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> WakeableLoop.wakeOnCommit(channel)
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("rolled back on purpose")))));
            } catch (IllegalStateException expected) {
                // the transaction rolled back
            }
            Thread.sleep(1000);
            assertEquals(2, received.get(), "one NOTIFY per committed transaction of the session, none for the rolled-back one");
        } finally {
            subscriber.close();
        }
    }
}
