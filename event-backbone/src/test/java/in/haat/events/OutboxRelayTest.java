package in.haat.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes what committed, in order, woken by the commit (the test interval is an hour); nothing of a
 * rolled-back transaction; and sets aside a row the broker refuses without holding up the rows behind it.
 */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class OutboxRelayTest {

    @Inject
    TestPublisher publisher;
    @Inject
    Pool database;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private KafkaCompanion kafka;
    private String topic;

    @BeforeEach
    void topic() {
        kafka = new KafkaCompanion(bootstrap);
        topic = "haat.backbone.relay." + UUID.randomUUID();
        kafka.topics().createAndWait(topic, 1);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aCommittedEventIsPublishedWithItsKeyAndHeadersAndMarkedSent() {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic, 2);
        UUID first = publisher.publish(topic, "test.relayed", "key-1", Map.of("n", 1));
        UUID second = publisher.publish(topic, "test.relayed", "key-1", Map.of("n", 2));

        records.awaitCompletion(Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.getRecords().get(0);
        assertEquals("key-1", record.key());
        assertTrue(record.value().contains(first.toString()), "first published first");
        assertTrue(records.getRecords().get(1).value().contains(second.toString()));
        assertEquals(first.toString(), new String(record.headers().lastHeader("event-id").value(), StandardCharsets.UTF_8));
        assertEquals("test.relayed", new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(first).getValue("sent_at") != null);
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic);
        assertNotNull(publisher.publishThenFail(topic, "test.rolled-back", "key-2", Map.of("n", 1)));
        UUID marker = publisher.publish(topic, "test.marker", "key-2", Map.of("n", 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                .anyMatch(r -> r.value().contains(marker.toString())));
        records.stop();
        assertEquals(1, records.getRecords().size(), "only the marker: " + records.getRecords());
        assertEquals(0, count("select count(*) from outbox_event where event_type = 'test.rolled-back'"));
    }

    @Test
    void eventsHeldBackByDeferredAreWrittenAtItsEndInTheOrderPublished() {
        String type = "test.deferred." + UUID.randomUUID();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic, 5);
        // n=1 held, then publishAll writes it before its own n=2 and n=3, then n=4 held until the end.
        assertEquals(3, publisher.publishDeferred(topic, type, "key-4"), "n=4 held back inside the transaction");
        assertEquals(5, publisher.publishAndCount(topic, type, "key-4"), "the next transaction writes at once: nothing held over");

        records.awaitCompletion(Duration.ofSeconds(30));
        assertEquals(List.of("1", "2", "3", "4", "5"), records.getRecords().stream()
                .map(r -> r.value().replaceAll(".*\"n\":(\\d+).*", "$1")).toList());
    }

    @Test
    void anEventTheBrokerRefusesIsSetAsideCountedAndHoldsNothingUp() {
        double deadBefore = deadCount();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic);
        UUID big = publisher.publish(topic, "test.big", "key-3", Map.of("blob", "x".repeat(1_200_000)));
        UUID behind = publisher.publish(topic, "test.behind", "key-3", Map.of("n", 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                .anyMatch(r -> r.value().contains(behind.toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(big).getValue("dead_at") != null);
        Row dead = row(big);
        assertTrue(dead.getString("last_error").contains("RecordTooLarge"), dead.getString("last_error"));
        assertEquals(null, dead.getValue("sent_at"));
        assertEquals(deadBefore + 1, deadCount());
        records.stop();
        assertTrue(records.getRecords().stream().noneMatch(r -> r.value().contains(big.toString())));

        // Set aside for good: later passes neither send it nor count it again.
        UUID later = publisher.publish(topic, "test.later", "key-3", Map.of("n", 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(later).getValue("sent_at") != null);
        assertEquals(deadBefore + 1, deadCount());
        assertEquals(1, row(big).getInteger("attempts"));
        // And it stays visible until someone replays or deletes it: the gauge counts the rows, not the events since start.
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.find("haat.outbox.set.aside").gauge() != null
                && registry.find("haat.outbox.set.aside").gauge().value() >= 1);
    }

    private double deadCount() {
        return registry.find("haat.outbox.dead").counter() == null ? 0 : registry.find("haat.outbox.dead").counter().count();
    }

    private Row row(UUID eventId) {
        return database.preparedQuery("select sent_at, dead_at, last_error, attempts from outbox_event where event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next();
    }

    private long count(String sql) {
        return database.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
