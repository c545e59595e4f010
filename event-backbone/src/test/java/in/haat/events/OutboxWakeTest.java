package in.haat.events;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Writing outbox rows notifies the relay's channel when the transaction commits (outbox_event's trigger, V0_1_3). */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class OutboxWakeTest {

    @Inject
    Vertx vertx;

    @Inject
    TestPublisher publisher;

    @Test
    void aCommittedPublishNotifiesTheRelaysChannel() throws Exception {
        AtomicInteger received = new AtomicInteger();
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, WakeableLoop.serviceDatabase());
        subscriber.channel(Outbox.WAKE_CHANNEL).handler(ignored -> received.incrementAndGet());
        subscriber.connect().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            publisher.publish("haat.backbone.wake." + UUID.randomUUID(), "test.wake", "k", Map.of("n", 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> received.get() >= 1);
        } finally {
            subscriber.close();
        }
    }
}
