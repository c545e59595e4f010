package in.haat.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A consumer declared as an {@link EventHandler} applies each event once however often Kafka delivers it, passes
 * over types it does not declare, retries a failed attempt, dead-letters at once what can never be applied, and
 * continues the consumed event's trace in what it publishes.
 */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class IdempotentConsumerTest extends BackboneKafkaTest {

    @Inject
    TestConsumer consumer;
    @Inject
    KafkaClientService kafkaClients;
    @ConfigProperty(name = "mp.messaging.incoming.backbone-test.topic")
    String topic;
    @ConfigProperty(name = "mp.messaging.incoming.backbone-test.dead-letter-queue.topic")
    String deadLetterTopic;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        EventEnvelope event = event(TestConsumer.APPLIED, Map.of("n", 1));
        EventEnvelope marker = event(TestConsumer.APPLIED, Map.of("n", 2));
        send(event, event, marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker.id()) == 1);
        assertEquals(1, effects(event.id()));
        assertEquals(1, count("select count(*) from processed_event where event_id = $1 and consumer = 'backbone-test/effects'",
                event.id()));
    }

    @Test
    void anEventOfATypeTheConsumerDoesNotDeclareIsPassedOver() {
        EventEnvelope other = event(TestConsumer.NOT_OURS, Map.of("n", 1));
        EventEnvelope marker = event(TestConsumer.APPLIED, Map.of("n", 2));
        send(other, marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker.id()) == 1);
        assertEquals(0, count("select count(*) from processed_event where event_id = $1", other.id()));
    }

    @Test
    void aFailedAttemptIsRetriedAndTheEventAppliedOnce() {
        EventEnvelope flaky = event(TestConsumer.FLAKY, Map.of("n", 1));
        send(flaky);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(flaky.id()) == 1);
        assertEquals(3, count("select attempts from test_effect where event_id = $1", flaky.id()),
                "two failed attempts rolled back, the third applied");
        assertEquals(1, count("select count(*) from processed_event where event_id = $1", flaky.id()));
    }

    @Test
    void whatCanNeverBeAppliedIsDeadLetteredAtOnceAndConsumptionGoesOn() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(deadLetterTopic);
        EventEnvelope unreadable = event(TestConsumer.UNREADABLE, Map.of("n", 1));
        String garbage = "{\"not\": \"an envelope\" " + UUID.randomUUID();
        EventEnvelope marker = event(TestConsumer.APPLIED, Map.of("n", 2));
        send(unreadable);
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, "key", garbage)).awaitCompletion();
        send(marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker.id()) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.getRecords().stream()
                .anyMatch(r -> r.value().equals(garbage)) && deadLetters.getRecords().stream()
                .anyMatch(r -> r.value().contains(unreadable.id().toString())));
        deadLetters.stop();
        assertEquals(1, consumer.attempts(unreadable.id()), "not retried");
        assertEquals(0, count("select count(*) from processed_event where event_id = $1", unreadable.id()),
                "its processed mark rolled back with it");
    }

    @Test
    void anEventPublishedWhileApplyingAnotherContinuesItsTrace() throws Exception {
        EventEnvelope cause = event(TestConsumer.PUBLISHING, Map.of("reply_topic", topic + ".out"));
        String causeParent = cause.trace().get(TraceContext.TRACEPARENT);
        send(cause);

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from outbox_event where event_type = 'test.caused' and envelope like '%' || $1 || '%'",
                cause.id().toString()) == 1);
        String envelope = database.preparedQuery("select envelope from outbox_event where event_type = 'test.caused' "
                        + "and envelope like '%' || $1 || '%'").execute(Tuple.of(cause.id().toString()))
                .await().indefinitely().iterator().next().getString(0);
        String traceparent = codec.fromJson(envelope).trace().get(TraceContext.TRACEPARENT);
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
        assertEquals(causeParent.substring(3, 35), traceparent.substring(3, 35), "the same trace id");
        assertNotEquals(causeParent.substring(36, 52), traceparent.substring(36, 52), "a span of its own");
    }

    /**
     * The library's consumer settings reach every channel: a consumer that dies (kill -9) gives its partitions back after
     * 8 s (Kafka's default is 45 s), so a restarted service resumes within about 10 s.
     */
    @Test
    void aDeadConsumerGivesItsPartitionsBackAfterEightSecondsNotFortyFive() {
        Map<String, ?> config = kafkaClients.getConsumer("backbone-test").configuration();
        assertEquals("8000", String.valueOf(config.get("session.timeout.ms")));
        assertEquals("2000", String.valueOf(config.get("heartbeat.interval.ms")));
    }

    private EventEnvelope event(String type, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), "key", TraceContext.newTrace(),
                json.valueToTree(payload));
    }

    private void send(EventEnvelope... events) {
        for (EventEnvelope event : events) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, event.key(), codec.toJson(event))).awaitCompletion();
        }
    }

    private long effects(UUID eventId) {
        return count("select count(*) from test_effect where event_id = $1", eventId);
    }

    private long count(String sql, Object value) {
        var rows = database.preparedQuery(sql).execute(Tuple.of(value)).await().indefinitely().iterator();
        return rows.hasNext() ? rows.next().getLong(0) : 0;
    }
}
