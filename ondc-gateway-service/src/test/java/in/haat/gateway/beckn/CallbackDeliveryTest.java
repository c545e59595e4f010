package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknSigner;
import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.Ed25519Keys;
import in.haat.gateway.signing.SignatureHeader;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stand-in buyer app receives our signed /on_* callbacks: ids, timestamps and signature as ONDC requires, with retries. */
@QuarkusTest
class CallbackDeliveryTest {

    private static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");
    private static volatile boolean resultsConsumerListening;

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private FakeBuyerApp buyerApp;
    private List<FakeBuyerApp.Received> received;
    private KafkaCompanion kafka;

    @BeforeEach
    void startBuyerApp() throws Exception {
        buyerApp = new FakeBuyerApp();
        received = buyerApp.received();
        kafka = new KafkaCompanion(bootstrap);
        if (!resultsConsumerListening) {
            // In tests the results consumer starts at the end of the topic (it holds every other module's results):
            // answer a probe until one is delivered, so no test's result is published before it listens.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                String probe = UUID.randomUUID().toString();
                String message = UUID.randomUUID().toString();
                select(probe, message, Instant.now());
                publish(probe, "on_select", message, Map.of("order", Map.of()));
                Thread.sleep(1500);
                return !received.isEmpty();
            });
            resultsConsumerListening = true;
            buyerApp.close();
            buyerApp = new FakeBuyerApp();
            received = buyerApp.received();
        }
    }

    @AfterEach
    void stopBuyerApp() throws Exception {
        kafka.close();
        buyerApp.close();
    }

    @Test
    void solicitedAndUnsolicitedCallbacksCarryTheRightIdsTimestampsAndSignature() throws Exception {
        String transaction = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        Instant requestTime = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        select(transaction, messageId, requestTime);

        publish(transaction, "on_select", messageId, Map.of("order", Map.of("provider", Map.of("id", "P1"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        publish(transaction, "on_status", null, Map.of("order", Map.of("state", "Accepted")));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 2);

        FakeBuyerApp.Received onSelect = received.get(0);
        FakeBuyerApp.Received onStatus = received.get(1);
        assertEquals("/ondc/on_select", onSelect.path());
        assertEquals("/ondc/on_status", onStatus.path());
        JsonNode first = json.readTree(onSelect.body()).get("context");
        JsonNode second = json.readTree(onStatus.body()).get("context");
        assertEquals(transaction, first.get("transaction_id").asText());
        assertEquals(messageId, first.get("message_id").asText(), "a solicited callback echoes the request's message_id");
        assertEquals(transaction, second.get("transaction_id").asText());
        assertNotEquals(messageId, second.get("message_id").asText(), "an unsolicited callback has a fresh message_id");
        assertEquals("haat.localhost", first.get("bpp_id").asText());
        assertEquals("on_select", first.get("action").asText());
        assertEquals("P1", json.readTree(onSelect.body()).get("message").get("order").get("provider").get("id").asText());
        Instant firstTime = Instant.parse(first.get("timestamp").asText());
        Instant secondTime = Instant.parse(second.get("timestamp").asText());
        assertTrue(firstTime.isAfter(requestTime) && secondTime.isAfter(firstTime), "timestamps increase along the transaction");
        assertTrue(first.get("timestamp").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));

        for (FakeBuyerApp.Received callback : received) {
            SignatureHeader header = SignatureHeader.parse(callback.authorization()).header().orElseThrow();
            assertEquals("haat.localhost", header.subscriberId());
            assertTrue(new BecknVerifier(5).verify(header, callback.body().getBytes(StandardCharsets.UTF_8),
                    Ed25519Keys.publicKey(FakeBuyerApp.PUBLIC_KEY), Instant.now().getEpochSecond()).ok());
        }
    }

    @Test
    void anUnsolicitedCallbackTakesTheContextOfTheLatestOrderRequestNotOfTheSearch() throws Exception {
        String transaction = UUID.randomUUID().toString();
        byte[] search = ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"search\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\","
                + "\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + UUID.randomUUID() + "\",\"city\":\"*\","
                + "\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"},"
                + "\"message\":{\"intent\":{\"item\":{\"descriptor\":{\"name\":\"nothing-" + transaction + "\"}},"
                + "\"fulfillment\":{\"type\":\"Delivery\"}}}}").getBytes(StandardCharsets.UTF_8);
        given().body(search).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, search))
                .post("/search").then().statusCode(200).body("message.ack.status", equalTo("ACK"));
        select(transaction, UUID.randomUUID().toString(), Instant.now());

        publish(transaction, "on_status", null, Map.of("order", Map.of("state", "Accepted")));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().anyMatch(r -> r.path().equals("/ondc/on_status")));
        FakeBuyerApp.Received onStatus = received.stream().filter(r -> r.path().equals("/ondc/on_status")).findFirst().orElseThrow();
        JsonNode context = json.readTree(onStatus.body()).get("context");
        assertEquals("std:080", context.get("city").asText(), "the select's city, not the search's *");
        assertEquals("on_status", context.get("action").asText());
    }

    @Test
    void aFailingBuyerAppIsRetriedUntilItAcks() {
        String transaction = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        select(transaction, messageId, Instant.now());
        buyerApp.failNext(2);
        publish(transaction, "on_select", messageId, Map.of("order", Map.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from ondc_callback where transaction_id = $1 "
                + "and delivered_at is not null and attempts = 3", transaction) == 1);
        assertEquals(3, count("select count(*) from ondc_message where transaction_id = $1 and direction = 'out'", transaction));
        assertEquals(1, count("select count(*) from ondc_message where transaction_id = $1 and direction = 'out' and acked", transaction));
    }

    /**
     * Many transactions at once, each with a run of unsolicited callbacks, to a buyer app that is sometimes slow (longer
     * than a retry delay) and sometimes fails: every callback is delivered until it is ACKed and never after, and each
     * transaction's callbacks are ACKed in the order they were made.
     */
    @Test
    void manyConcurrentTransactionsGetEachCallbackOnceAndInOrder() throws Exception {
        int transactions = 24;
        int steps = 5;
        try (OrderCheckingBuyerApp buyer = new OrderCheckingBuyerApp()) {
            List<String> ids = new java.util.ArrayList<>();
            for (int t = 0; t < transactions; t++) {
                String transaction = UUID.randomUUID().toString();
                ids.add(transaction);
                select(transaction, UUID.randomUUID().toString(), Instant.now(), buyer.uri());
            }
            for (int step = 0; step < steps; step++) {
                for (String transaction : ids) {
                    publish(transaction, "on_status", null, Map.of("order", Map.of("state", "step-" + step)));
                }
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> buyer.acked() == transactions * steps);
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                    .mapToLong(id -> count("select count(*) from ondc_callback where transaction_id = $1 "
                            + "and delivered_at is null", id)).sum() == 0);
            assertEquals(List.of(), buyer.afterAck(), "delivered again after the buyer app ACKed");
            for (String transaction : ids) {
                assertEquals(List.of("step-0", "step-1", "step-2", "step-3", "step-4"), buyer.ackedInOrder(transaction),
                        "transaction " + transaction + " in the order its callbacks were made");
            }
            assertTrue(buyer.failed() > 0 && buyer.slow() > 0, "the buyer app was slow and failed along the way");
        }
        // No pooled connection was left inside a transaction (HR000090, "idle in transaction"): every transaction open
        // now must have started after the flow, and any that began before it must end.
        Instant flowDone = database.query("select now()").execute().await().indefinitely().iterator().next()
                .getOffsetDateTime(0).toInstant();
        await().atMost(Duration.ofSeconds(30)).until(() -> database.preparedQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and state like 'idle in transaction%' and xact_start < $1")
                .execute(Tuple.of(flowDone.atOffset(java.time.ZoneOffset.UTC))).await().indefinitely().iterator().next()
                .getLong(0) == 0);
    }

    /**
     * One trace from the buyer's request to its callback: the request's W3C traceparent is continued in the event the
     * gateway publishes, and the callback answering it (a domain service continues the event's trace) carries it back.
     */
    @Test
    void aCallbackContinuesTheTraceOfTheRequestItAnswers() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String transaction = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        select(transaction, messageId, Instant.now(), buyerApp.uri(),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        String envelope = database.preparedQuery("select envelope from outbox_event where event_type = 'ondc.select' "
                + "and event_key = $1").execute(Tuple.of(transaction)).await().indefinitely().iterator().next().getString(0);
        Map<String, String> requestTrace = codec.fromJson(envelope).trace();
        assertEquals(traceId, requestTrace.get("traceparent").substring(3, 35), "the event continues the request's trace");

        publish(transaction, "on_select", messageId, Map.of("order", Map.of()), requestTrace);
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        String callbackTrace = received.get(0).headers().get("traceparent");
        assertTrue(callbackTrace != null && callbackTrace.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"), callbackTrace);
        assertEquals(traceId, callbackTrace.substring(3, 35), "the callback is in the request's trace");
    }

    /**
     * A callback that can never be sent (a javascript: URL, a malformed one) is set aside after one look, and one past
     * its deadline stops after its next failure: neither is retried for ever.
     */
    @Test
    void aCallbackThatCanNeverBeSentIsSetAsideAndOnePastItsDeadlineStops() {
        String never = UUID.randomUUID().toString();
        String malformed = UUID.randomUUID().toString();
        String expired = UUID.randomUUID().toString();
        queueRaw(never, "javascript:alert(1)//on_status", "1 hour");
        queueRaw(malformed, "http://[::1/on_status", "1 hour");
        queueRaw(expired, "http://localhost:1/on_status", "-1 second");

        for (String transaction : List.of(never, malformed, expired)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from ondc_callback where "
                    + "transaction_id = $1 and gave_up_at is not null", transaction) == 1);
            assertEquals(1, count("select attempts from ondc_callback where transaction_id = $1", transaction),
                    "given up after one attempt");
            assertEquals(0, count("select count(*) from ondc_callback where transaction_id = $1 and delivered_at is not null",
                    transaction));
        }
        assertTrue(text("select last_error from ondc_callback where transaction_id = $1", never).contains("not http(s)"));
        assertTrue(text("select last_error from ondc_callback where transaction_id = $1", malformed).contains("malformed"));
    }

    private void queueRaw(String transaction, String url, String deadlineFromNow) {
        database.preparedQuery("insert into ondc_callback (id, transaction_id, message_id, action, url, body, deliver_until, "
                        + "next_attempt_at) values ($1, $2, $3, 'on_status', $4, '{}', now() + cast(cast($5 as text) as interval), now())")
                .execute(Tuple.of(UUID.randomUUID(), transaction, UUID.randomUUID().toString(), url, deadlineFromNow))
                .await().indefinitely();
        // Delivery never polls in tests: the insert's own NOTIFY (migration V10) is what wakes it.
    }

    private String text(String sql, String transaction) {
        return database.preparedQuery(sql).execute(Tuple.of(transaction)).await().indefinitely().iterator().next().getString(0);
    }

    private void select(String transaction, String messageId, Instant timestamp) {
        select(transaction, messageId, timestamp, buyerApp.uri());
    }

    private void select(String transaction, String messageId, Instant timestamp, String bapUri) {
        select(transaction, messageId, timestamp, bapUri, Map.of());
    }

    private void select(String transaction, String messageId, Instant timestamp, String bapUri, Map<String, String> headers) {
        String body = "{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"select\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + bapUri + "\","
                + "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\","
                + "\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(timestamp) + "\",\"ttl\":\"PT30S\"},"
                + "\"message\":{\"order\":{}}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        given().body(bytes).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, bytes))
                .headers(headers).post("/select").then().statusCode(200).body("message.ack.status", equalTo("ACK"));
    }

    private void publish(String transaction, String action, String requestMessageId, Object message) {
        publish(transaction, action, requestMessageId, message, TraceContext.newTrace());
    }

    private void publish(String transaction, String action, String requestMessageId, Object message,
            Map<String, String> trace) {
        Map<String, Object> payload = new java.util.HashMap<>();
        payload.put("action", action);
        payload.put("transaction_id", transaction);
        payload.put("request_message_id", requestMessageId);
        payload.put("message", message);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "ondc.result", 1, Instant.now(), transaction,
                trace, json.valueToTree(payload));
        kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of("haat.ondc.responses"), transaction, codec.toJson(event)))
                .awaitCompletion();
    }

    private long count(String sql, String transaction) {
        return database.preparedQuery(sql).execute(Tuple.of(transaction)).await().indefinitely().iterator().next().getLong(0);
    }
}
