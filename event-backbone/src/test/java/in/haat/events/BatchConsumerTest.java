package in.haat.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Batch consumption ({@link IdempotentConsumer#consumeBatch}) keeps the consumer's rules: each event applied once (also
 * when a batch repeats it, or a later batch redelivers it), each key's events in the order they came, and an event that
 * can never be applied dead-lettered alone while the rest of its batch still applies.
 */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class BatchConsumerTest extends BackboneKafkaTest {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    TestBatchConsumer handler;
    @ConfigProperty(name = "mp.messaging.incoming.backbone-batch-test.topic")
    String topic;
    @ConfigProperty(name = "mp.messaging.incoming.backbone-batch-test.dead-letter-queue.topic")
    String deadLetterTopic;

    @Test
    void aBatchAppliesEachNewEventOnceInOneBulkStatement() throws Throwable {
        EventEnvelope a = event(TestConsumer.APPLIED, "k1", 1);
        EventEnvelope b = event(TestConsumer.APPLIED, "k1", 2);
        EventEnvelope c = event(TestConsumer.APPLIED, "k1", 3);
        handler.bulkSizes().clear();

        applyInTransaction(List.of(a, b, a));
        applyInTransaction(List.of(a, b, c));

        assertEquals(List.of(2, 1), handler.bulkSizes(), "a and b together, then only c: the repeats were not applied");
        for (EventEnvelope event : List.of(a, b, c)) {
            assertEquals(1, count("select count(*) from test_batch_effect where event_id = $1", event.id()));
            assertEquals(1, count("select count(*) from processed_event where consumer = 'backbone-test/batch-effects' "
                    + "and event_id = $1", event.id()));
        }
    }

    @Test
    void aVersionedEventTakesNoMarkSoARedeliveryAppliesItAgain() throws Throwable {
        EventEnvelope marked = event(TestConsumer.APPLIED, "k2", 1);
        EventEnvelope versioned = event(TestBatchConsumer.VERSIONED, "k2", 2);

        applyInTransaction(List.of(marked, versioned));
        applyInTransaction(List.of(marked, versioned));

        assertEquals(1, count("select count(*) from processed_event where event_id = $1", marked.id()));
        assertEquals(0, count("select count(*) from processed_event where event_id = $1", versioned.id()));
        assertEquals(1, count("select attempts from test_batch_effect where event_id = $1", marked.id()));
        assertEquals(2, count("select attempts from test_batch_effect where event_id = $1", versioned.id()),
                "applied again: only its own effect's rule makes that harmless");
    }

    @Test
    void aLongBatchAppliedOneByOneRunsEveryEventInOrder() throws Throwable {
        // A loop of chain(...) nested one subscription per event: 463 of them overflowed the gateway's 512 KB stack,
        // the overflow was lost and the batch's transaction stayed open for good (InOrder).
        List<EventEnvelope> events = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            events.add(event("test.one-by-one", "long", n)); // applied alone: the handler's default
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> consumer.applyEach(handler, events))
                .ifNoItem().after(Duration.ofSeconds(60)).fail());

        List<Integer> order = new ArrayList<>();
        for (Row row : database.preparedQuery("select e.n from test_batch_effect e where e.item = 'long' and e.event_id = any($1) "
                + "order by e.seq").execute(Tuple.of((Object) events.stream().map(EventEnvelope::id).toArray(UUID[]::new)))
                .await().indefinitely()) {
            order.add(row.getInteger(0));
        }
        assertEquals(java.util.stream.IntStream.range(0, 3000).boxed().toList(), order, "every event applied, in order");
    }

    @Test
    void eventsSentTogetherAreAppliedOnceEachAndInOrderPerKey() {
        List<EventEnvelope> events = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            events.add(event(TestConsumer.APPLIED, "key-" + (n % 7), n));
        }
        List<EventEnvelope> withRepeats = new ArrayList<>(events);
        withRepeats.addAll(events.subList(0, 50)); // a producer's retry: the same events again
        send(withRepeats);

        await().atMost(Duration.ofSeconds(60)).until(() -> applied(events) == events.size());
        for (int k = 0; k < 7; k++) {
            List<Integer> order = new ArrayList<>();
            for (Row row : database.preparedQuery("select e.n from test_batch_effect e where e.item = $1 and e.event_id = any($2) "
                    + "order by e.seq").execute(Tuple.of("key-" + k, events.stream().map(EventEnvelope::id).toArray(UUID[]::new)))
                    .await().indefinitely()) {
                order.add(row.getInteger(0));
            }
            assertEquals(order.stream().sorted().toList(), order, "key-" + k + " applied in the order sent");
        }
    }

    @Test
    void whatCanNeverBeAppliedIsDeadLetteredAloneAndTheRestOfItsBatchApplies() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(deadLetterTopic);
        List<EventEnvelope> before = List.of(event(TestConsumer.APPLIED, "d", 1), event(TestConsumer.APPLIED, "d", 2));
        EventEnvelope unreadable = event(TestConsumer.UNREADABLE, "d", 3);
        EventEnvelope flaky = event(TestConsumer.FLAKY, "d", 4);
        List<EventEnvelope> after = List.of(event(TestConsumer.APPLIED, "d", 5), event(TestConsumer.APPLIED, "d", 6));
        String garbage = "{\"not\": \"an envelope\" " + UUID.randomUUID();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        before.forEach(e -> records.add(record(e)));
        records.add(new ProducerRecord<>(topic, "d", garbage));
        records.add(record(unreadable));
        records.add(record(flaky));
        after.forEach(e -> records.add(record(e)));
        kafka.produceStrings().fromRecords(records).awaitCompletion();

        List<EventEnvelope> good = new ArrayList<>(before);
        good.add(flaky);
        good.addAll(after);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(good) == good.size());
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.getRecords().stream()
                .anyMatch(r -> r.value().equals(garbage)) && deadLetters.getRecords().stream()
                .anyMatch(r -> r.value().contains(unreadable.id().toString())));
        deadLetters.stop();
        assertEquals(2, deadLetters.getRecords().size(), "only the two bad records: " + deadLetters.getRecords());
        assertEquals(0, count("select count(*) from processed_event where event_id = $1", unreadable.id()));
        assertEquals(3, count("select attempts from test_batch_effect where event_id = $1", flaky.id()),
                "two failed attempts rolled back, the third applied");
        List<Long> seqs = new ArrayList<>();
        for (EventEnvelope e : good) {
            seqs.add(count("select seq from test_batch_effect where event_id = $1", e.id()));
        }
        assertEquals(seqs.stream().sorted().toList(), seqs, "the batch's events still applied in order");
    }

    private void applyInTransaction(List<EventEnvelope> events) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> consumer.applyAllOnce(handler, events)));
    }

    private EventEnvelope event(String type, String key, int n) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), key, TraceContext.newTrace(),
                json.valueToTree(Map.of("n", n)));
    }

    private ProducerRecord<String, String> record(EventEnvelope event) {
        return new ProducerRecord<>(topic, event.key(), codec.toJson(event));
    }

    private void send(List<EventEnvelope> events) {
        kafka.produceStrings().fromRecords(events.stream().map(this::record).toList()).awaitCompletion();
    }

    private long applied(List<EventEnvelope> events) {
        return database.preparedQuery("select count(*) from test_batch_effect where event_id = any($1)")
                .execute(Tuple.of(events.stream().map(EventEnvelope::id).toArray(UUID[]::new)))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private long count(String sql, Object value) {
        var rows = database.preparedQuery(sql).execute(Tuple.of(value)).await().indefinitely().iterator();
        return rows.hasNext() ? rows.next().getLong(0) : 0;
    }
}
