package in.haat.catalogue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.Outbox;
import in.haat.events.OutboxEvent;
import in.haat.testinfra.KafkaCompanionTest;
import in.haat.testinfra.TestTokens;
import in.haat.testinfra.TestTopics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A seller's creation and its seller.created event commit together and reach Kafka through the relay. */
@QuarkusTest
class SellerOutboxTest extends KafkaCompanionTest {

    private static final String TOPIC = "haat.catalogue.events";

    @Inject
    Outbox outbox;
    @Inject
    Pool database;
    @Inject
    ObjectMapper json;
    @Test
    void creatingASellerPublishesSellerCreatedInTheEnvelope() throws Exception {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(TestTopics.of(TOPIC));
        String partner = "partner-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.partner(partner).scopes("sellers:write").bearer())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Map.of("name", "Asha Stores", "contact_email", "asha@example.in"))
                .post("/api/sellers")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitRecordWithKey(records, id);
        JsonNode event = json.readTree(record.value());
        assertEquals("seller.created", event.get("type").asText());
        assertEquals(1, event.get("version").asInt());
        assertEquals(id, event.get("key").asText());
        assertEquals(id, event.get("payload").get("seller_id").asText());
        assertEquals("Asha Stores", event.get("payload").get("name").asText());
        assertEquals(partner, event.get("payload").get("partner_id").asText());
        assertNotNull(UUID.fromString(event.get("id").asText()));
        assertNotNull(event.get("occurred_at").asText());
        String traceparent = event.get("trace").get("traceparent").asText();
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
        assertEquals(traceId, traceparent.substring(3, 35), "the event continues the caller's trace");
        assertEquals(event.get("id").asText(), new String(record.headers().lastHeader("event-id").value()));

        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(event.get("id").asText()) != null);
        given().header("Authorization", TestTokens.partner(partner).scopes("sellers:read").bearer())
                .get("/api/sellers/" + id).then().statusCode(200);
    }

    @Test
    void anInvalidSellerIsRejectedAndAnnouncesNothing() {
        String partner = "partner-" + UUID.randomUUID();
        // Counted by this test's partner only: other modules' tests may run beside this one on the same broker.
        long before = outboxRows(partner);
        given().contentType(ContentType.JSON).body(Map.of("name", " ", "contact_email", "not-an-email"))
                .header("Authorization", TestTokens.partner(partner).scopes("sellers:write").bearer())
                .post("/api/sellers")
                .then().statusCode(400);
        assertEquals(before, outboxRows(partner));
    }

    @Test
    @RunOnVertxContext
    void anEventRollsBackWithTheStateChangeItAnnounces(UniAsserter asserter) {
        AtomicReference<UUID> eventId = new AtomicReference<>();
        asserter.assertFailedWith(() -> Panache.withTransaction(() -> outbox
                .publish(TOPIC, "test.rolled-back", 1, "k", Map.of("n", 1))
                .invoke(eventId::set)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the state change failed")))),
                IllegalStateException.class);
        asserter.assertThat(() -> Panache.withSession(() -> OutboxEvent.count("eventId", eventId.get())),
                count -> assertEquals(0L, count));
    }

    @Test
    @RunOnVertxContext
    void publishingOutsideATransactionIsRefused(UniAsserter asserter) {
        asserter.assertFailedWith(() -> Panache.withSession(() -> outbox.publish(TOPIC, "test.no-tx", 1, "k", Map.of())),
                IllegalStateException.class);
    }

    @Test
    void rowsLeftUnsentByAnEarlierProcessAreRelayed() {
        // As a crash would leave it: committed to the outbox, never sent.
        UUID eventId = UUID.randomUUID();
        String key = "crash-" + eventId;
        String envelope = "{\"id\":\"" + eventId + "\",\"type\":\"test.left-behind\",\"version\":1,"
                + "\"occurred_at\":\"2026-11-22T00:00:00Z\",\"key\":\"" + key + "\",\"trace\":{},\"payload\":{}}";
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(TestTopics.of(TOPIC));
        database.preparedQuery("insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at) "
                + "values ($1, $2, $3, 'test.left-behind', $4, now() - interval '1 hour')")
                .execute(Tuple.of(eventId, TOPIC, key, envelope)).await().indefinitely();

        ConsumerRecord<String, String> record = awaitRecordWithKey(records, key);
        assertEquals(envelope, record.value());
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(eventId.toString()) != null);
    }

    private ConsumerRecord<String, String> awaitRecordWithKey(ConsumerTask<String, String> records, String key) {
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                records.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().ifPresent(found::set);
                return found.get() != null;
            });
        } finally {
            records.stop();
        }
        return found.get();
    }

    private Object sentAt(String eventId) {
        return database.preparedQuery("select sent_at from outbox_event where event_id = $1")
                .execute(Tuple.of(UUID.fromString(eventId))).await().indefinitely()
                .iterator().next().getValue("sent_at");
    }

    private long outboxRows(String partner) {
        return database.preparedQuery("select count(*) from outbox_event where strpos(envelope, $1) > 0")
                .execute(Tuple.of(partner)).await().indefinitely()
                .iterator().next().getLong(0);
    }
}
