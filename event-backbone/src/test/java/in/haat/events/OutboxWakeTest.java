package in.haat.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a commit wakes the relay (the test interval is an hour, so only a wake sends anything): a transaction begun by
 * {@link AfterCommit} wakes it from this process and sends no NOTIFY (its rows are marked woken); any other still
 * NOTIFYs the relay's channel through outbox_event's insert trigger (V0_1_5).
 */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class OutboxWakeTest {

    @Inject
    Vertx vertx;
    @Inject
    TestPublisher publisher;
    @Inject
    Pool database;

    private final AtomicInteger notified = new AtomicInteger();
    private PgSubscriber subscriber;

    @BeforeEach
    void listen() throws Exception {
        subscriber = PgSubscriber.subscriber(vertx, WakeableLoop.serviceDatabase());
        subscriber.channel(Outbox.WAKE_CHANNEL).handler(ignored -> notified.incrementAndGet());
        subscriber.connect().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        subscriber.close();
    }

    @Test
    void aCommittedPublishOfARestCallNotifiesTheRelaysChannel() {
        UUID event = publisher.publish("haat.backbone.wake." + UUID.randomUUID(), "test.wake", "k", Map.of("n", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> notified.get() >= 1);
        assertFalse(row(event).getBoolean("woken"));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(event).getValue("sent_at") != null);
    }

    @Test
    void aTransactionBegunByAfterCommitWakesTheRelayItselfAndNotifiesNothing() throws Exception {
        UUID event = publisher.publishAfterCommit("haat.backbone.wake." + UUID.randomUUID(), "test.wake", "k", Map.of("n", 2));
        assertTrue(row(event).getBoolean("woken"));
        // Sent although no NOTIFY came and the relay would otherwise wait an hour.
        await().atMost(Duration.ofSeconds(30)).until(() -> row(event).getValue("sent_at") != null);
        Thread.sleep(500); // a NOTIFY of that commit would have arrived by now
        assertEquals(0, notified.get());
    }

    @Test
    void insideATransactionBegunElsewhereTheTriggerStillWakesTheRelay() {
        UUID event = publisher.publishAfterCommitInsideAnother("haat.backbone.wake." + UUID.randomUUID(), "test.wake", "k",
                Map.of("n", 3));
        assertFalse(row(event).getBoolean("woken"));
        await().atMost(Duration.ofSeconds(10)).until(() -> notified.get() >= 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> row(event).getValue("sent_at") != null);
    }

    private Row row(UUID eventId) {
        return database.preparedQuery("select sent_at, woken from outbox_event where event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next();
    }
}
