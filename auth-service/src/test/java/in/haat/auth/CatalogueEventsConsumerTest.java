package in.haat.auth;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.testinfra.KafkaCompanionTest;
import in.haat.testinfra.TestEvents;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** auth-service learns sellers from seller.created exactly once, and survives events it cannot read. */
@QuarkusTest
class CatalogueEventsConsumerTest extends KafkaCompanionTest {

    private static final String TOPIC = TestEvents.SELLERS_TOPIC;

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        UUID seller = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        String event = sellerCreated(seller, "Twice Delivered Traders");
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>(TestTopics.of(TOPIC), seller.toString(), event),
                new ProducerRecord<>(TestTopics.of(TOPIC), seller.toString(), event),
                new ProducerRecord<>(TestTopics.of(TOPIC), later.toString(), sellerCreated(later, "Later Traders")))
                .awaitCompletion();

        // Order across keys is not guaranteed: wait for both sellers, then make sure no late copy adds a row.
        await().atMost(Duration.ofSeconds(30)).until(() -> count("seller_directory", "seller_id", seller) == 1
                && count("seller_directory", "seller_id", later) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> count("seller_directory", "seller_id", seller) == 1);
        UUID eventId = codec.fromJson(event).id();
        assertEquals(1, count("processed_event", "event_id", eventId));
        // Neither copy is dead-lettered (the directory's upsert would take a second copy too: the processed-event row is
        // what keeps it to one application).
        deadLetters.stop();
        assertEquals(0, deadLetters.getRecords().stream().filter(r -> event.equals(r.value())).count());
    }

    @Test
    void anEventThatIsNotAnEnvelopeIsDeadLetteredAndConsumptionGoesOn() {
        UUID seller = UUID.randomUUID();
        String garbage = "{\"this is\": \"not an envelope\" " + seller;
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>(TestTopics.of(TOPIC), seller.toString(), garbage),
                new ProducerRecord<>(TestTopics.of(TOPIC), seller.toString(), sellerCreated(seller, "After The Garbage")))
                .awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).until(() -> count("seller_directory", "seller_id", seller) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.getRecords().stream()
                .anyMatch(r -> garbage.equals(r.value())));
        deadLetters.stop();
    }

    private String sellerCreated(UUID seller, String name) {
        return codec.toJson(new EventEnvelope(UUID.randomUUID(), "seller.created", 1, Instant.now(),
                seller.toString(), TraceContext.newTrace(),
                json.valueToTree(Map.of("seller_id", seller, "name", name, "created_at", Instant.now()))));
    }

    private long count(String table, String column, UUID value) {
        return database.preparedQuery("select count(*) from " + table + " where " + column + " = $1")
                .execute(Tuple.of(value)).await().indefinitely().iterator().next().getLong(0);
    }
}
