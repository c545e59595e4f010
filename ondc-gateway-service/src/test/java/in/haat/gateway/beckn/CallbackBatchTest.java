package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.repository.CallbackRepository;
import in.haat.gateway.repository.CallbackRepository.Settled;
import in.haat.gateway.signing.BecknSigner;
import in.haat.testinfra.KafkaCompanionTest;
import in.haat.testinfra.TestTopics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The callback side in batches (issue 15): domain results that arrive together are queued in one transaction with the
 * rules of one at a time (each once, a transaction's in order with rising timestamps, a result without its request
 * dead-lettered alone), an unanswered request redelivered is answered once, and attempts settled together are each
 * settled and logged once.
 */
@QuarkusTest
class CallbackBatchTest extends KafkaCompanionTest {

    private static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @Inject
    CallbackRepository callbacks;

    private FakeBuyerApp buyerApp;

    @BeforeEach
    void startBuyerApp() throws Exception {
        buyerApp = new FakeBuyerApp();
    }

    @AfterEach
    void stopBuyerApp() throws Exception {
        buyerApp.close();
    }

    @Test
    void resultsArrivingTogetherAreQueuedOnceEachInOrderAndAnOrphanIsDeadLetteredAlone() throws Exception {
        awaitResultsConsumer();
        List<String> transactions = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String transaction = UUID.randomUUID().toString();
            transactions.add(transaction);
            request("select", transaction, UUID.randomUUID().toString(), "{\"order\":{}}");
        }
        String orphan = UUID.randomUUID().toString();
        List<EventEnvelope> burst = new ArrayList<>();
        for (int step = 0; step < 4; step++) {
            for (String transaction : transactions) {
                burst.add(result(transaction, "on_status", null, "step-" + step));
                if (step == 1) {
                    burst.add(burst.get(burst.size() - 1)); // a redelivery inside the batch: applied once
                }
            }
            if (step == 2) {
                burst.add(result(orphan, "on_status", null, "never requested"));
            }
        }
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
        try {
            // One send of them all: the consumer polls them together, in batches of up to max.poll.records.
            produce(burst);
            // Then each transaction's step-1 result once more: consumed after the batch, it changes nothing.
            produce(burst.stream().filter(e -> e.payload().at("/message/order/state").asText().equals("step-1")).toList());
            await().atMost(Duration.ofSeconds(90)).until(() -> transactions.stream().allMatch(t -> count(
                    "select count(*) from ondc_callback where transaction_id = $1 and delivered_at is not null", t) == 4));
            await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters.getRecords().stream()
                    .anyMatch(r -> r.value() != null && r.value().contains(orphan)));
            // A last result of each transaction, published after the repeats: once it is queued, they were consumed.
            produce(transactions.stream().map(t -> result(t, "on_status", null, "last")).toList());
            await().atMost(Duration.ofSeconds(90)).until(() -> transactions.stream().allMatch(t -> count(
                    "select count(*) from ondc_callback where transaction_id = $1 and delivered_at is not null", t) == 5));
        } finally {
            deadLetters.stop();
        }
        for (String transaction : transactions) {
            List<JsonNode> callbacks = new ArrayList<>();
            for (FakeBuyerApp.Received received : buyerApp.received()) {
                JsonNode body = json.readTree(received.body());
                if (body.at("/context/transaction_id").asText().equals(transaction)) {
                    callbacks.add(body);
                }
            }
            assertEquals(List.of("step-0", "step-1", "step-2", "step-3", "last"),
                    callbacks.stream().map(c -> c.at("/message/order/state").asText()).toList(), transaction);
            for (int i = 1; i < callbacks.size(); i++) {
                String before = callbacks.get(i - 1).at("/context/timestamp").asText();
                String after = callbacks.get(i).at("/context/timestamp").asText();
                assertTrue(Instant.parse(after).isAfter(Instant.parse(before)), before + " then " + after);
            }
            // Every attempt was logged once (direction out), each ACKed here.
            assertEquals(5, count("select count(*) from ondc_message where transaction_id = $1 and direction = 'out' and acked", transaction));
            // Queued by the consumer in transactions AfterCommit began: delivery was woken from this process, with no
            // NOTIFY (whose commit lock serialises every notifying commit of the server; V11).
            assertEquals(0, count("select count(*) from ondc_callback where transaction_id = $1 and not woken", transaction));
        }
        assertEquals(0, count("select count(*) from ondc_callback where transaction_id = $1", orphan));
    }

    /**
     * Without a failure among them, a batch's results are queued in one transaction, where now() is one instant: a
     * transaction's callbacks must still go out in the order they were queued, not in their random ids' order.
     */
    @Test
    void aTransactionsResultsQueuedInOneBatchAreDeliveredInTheirOrder() throws Exception {
        awaitResultsConsumer();
        List<String> transactions = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String transaction = UUID.randomUUID().toString();
            transactions.add(transaction);
            request("select", transaction, UUID.randomUUID().toString(), "{\"order\":{}}");
        }
        List<String> steps = List.of("step-0", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7");
        List<EventEnvelope> burst = new ArrayList<>();
        for (String step : steps) {
            transactions.forEach(transaction -> burst.add(result(transaction, "on_status", null, step)));
        }
        produce(burst);
        await().atMost(Duration.ofSeconds(90)).until(() -> transactions.stream().allMatch(t -> count(
                "select count(*) from ondc_callback where transaction_id = $1 and delivered_at is not null", t) == steps.size()));
        for (String transaction : transactions) {
            List<String> delivered = new ArrayList<>();
            for (FakeBuyerApp.Received received : buyerApp.received()) {
                JsonNode body = json.readTree(received.body());
                if (body.at("/context/transaction_id").asText().equals(transaction)) {
                    delivered.add(body.at("/message/order/state").asText());
                }
            }
            assertEquals(steps, delivered, transaction);
        }
    }

    @Test
    void anUnansweredRequestRedeliveredIsAnsweredOnce() throws Exception {
        String transaction = UUID.randomUUID().toString();
        ConsumerTask<String, String> requests = kafka.consumeStrings().fromTopics(TestTopics.of("haat.ondc.requests"));
        List<String> asked = new ArrayList<>();
        String answered;
        try {
            // The unanswered consumer joins the requests topic at its end in tests: ask until one is answered.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
                String messageId = UUID.randomUUID().toString();
                asked.add(messageId);
                // A /select first: the gateway leaves it alone, passed over from its type.
                request("select", transaction, UUID.randomUUID().toString(), "{\"order\":{}}");
                request("rating", transaction, messageId, "{\"ratings\":[{\"rating_category\":\"Order\",\"id\":\"O-3\",\"value\":\"4\"}]}");
                Thread.sleep(1500);
                return ratings().size() > 0;
            });
            answered = json.readTree(ratings().get(0).body()).at("/context/message_id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> requests.getRecords().stream()
                    .anyMatch(r -> r.value().contains(answered)));
            String event = requests.getRecords().stream().filter(r -> r.value().contains(answered)).findFirst().orElseThrow().value();
            // The same event twice more, then a new /rating: once that is answered, both copies were consumed.
            kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of("haat.ondc.requests"), transaction, event),
                    new ProducerRecord<>(TestTopics.of("haat.ondc.requests"), transaction, event)).awaitCompletion();
            String last = UUID.randomUUID().toString();
            request("rating", transaction, last, "{\"ratings\":[{\"rating_category\":\"Order\",\"id\":\"O-4\",\"value\":\"5\"}]}");
            await().atMost(Duration.ofSeconds(60)).until(() -> ratings().stream().anyMatch(r -> r.body().contains(last)));
        } finally {
            requests.stop();
        }
        assertEquals(1, ratings().stream().filter(r -> r.body().contains(answered)).count(), "answered once");
        assertEquals(0, buyerApp.received().stream().filter(r -> r.path().equals("/ondc/on_select")).count(),
                "the gateway answers no /select");
    }

    /**
     * Delivery claims again after a settlement only when that made something claimable: a settlement says whether the
     * callback is done (delivered or given up) while another of its transaction is pending. (Delivery in tests never
     * polls, so the tests above also fail if such a wake is missed.)
     */
    @Test
    void aSettlementSaysWhetherTheTransactionsNextCallbackNowWaits() throws Throwable {
        String transaction = UUID.randomUUID().toString();
        UUID first = queueClaimed(transaction);
        UUID second = queueClaimed(transaction);
        assertEquals(List.of(new Settled(first, false)), settle(first, 1, false, false), "a failed attempt: the next still waits behind it");
        assertEquals(List.of(), settle(first, 7, true, false), "an attempt that no longer holds the claim settles nothing");
        assertEquals(List.of(new Settled(first, true)), settle(first, 1, true, false), "delivered: the second may go");
        assertEquals(List.of(new Settled(second, false)), settle(second, 1, false, true), "given up, and nothing after it");
        assertEquals(2, count("select count(*) from ondc_callback where transaction_id = $1 "
                + "and (delivered_at is not null or gave_up_at is not null)", transaction));
    }

    /** A callback as a claim leaves it (attempt 1), due only in an hour, so delivery never takes it. */
    private UUID queueClaimed(String transaction) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into ondc_callback (id, transaction_id, message_id, action, url, body, deliver_until, "
                        + "next_attempt_at, attempts) values ($1, $2, $3, 'on_status', 'http://localhost:1/on_status', '{}', "
                        + "now() + interval '2 hours', now() + interval '1 hour', 1)")
                .execute(Tuple.of(id, transaction, UUID.randomUUID().toString())).await().indefinitely();
        return id;
    }

    private List<Settled> settle(UUID callback, int attempt, boolean delivered, boolean giveUp) throws Throwable {
        String rows = json.writeValueAsString(List.of(Map.of("id", callback.toString(), "attempt", attempt, "delivered", delivered,
                "give_up", giveUp, "retry_millis", 3_600_000, "error", "test")));
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> callbacks.settleAll(rows)));
    }

    /** The results consumer joins its topic at the end in tests: answers a probe until one is delivered. */
    private void awaitResultsConsumer() {
        String probe = UUID.randomUUID().toString();
        String probeMessage = UUID.randomUUID().toString();
        request("select", probe, probeMessage, "{\"order\":{}}");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            produce(List.of(result(probe, "on_select", probeMessage, "probe")));
            Thread.sleep(1500);
            return !buyerApp.received().isEmpty();
        });
    }

    private List<FakeBuyerApp.Received> ratings() {
        return buyerApp.received().stream().filter(r -> r.path().equals("/ondc/on_rating")).toList();
    }

    private void request(String action, String transaction, String messageId, String message) {
        byte[] body = ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"" + action + "\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\","
                + "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\","
                + "\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now())
                + "\",\"ttl\":\"PT30S\"},\"message\":" + message + "}").getBytes(StandardCharsets.UTF_8);
        given().body(body).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, body))
                .post("/" + action).then().statusCode(200).body("message.ack.status", equalTo("ACK"));
    }

    private EventEnvelope result(String transaction, String action, String requestMessageId, String state) {
        Map<String, Object> payload = new java.util.HashMap<>();
        payload.put("action", action);
        payload.put("transaction_id", transaction);
        payload.put("request_message_id", requestMessageId);
        payload.put("message", Map.of("order", Map.of("state", state)));
        return new EventEnvelope(UUID.randomUUID(), "ondc.result", 1, Instant.now(), transaction, TraceContext.newTrace(),
                json.valueToTree(payload));
    }

    private void produce(List<EventEnvelope> events) {
        kafka.produceStrings().fromRecords(events.stream()
                .map(e -> new ProducerRecord<>(TestTopics.of("haat.ondc.responses"), e.key(), codec.toJson(e))).toList()).awaitCompletion();
    }

    private long count(String sql, String transaction) {
        return database.preparedQuery(sql).execute(Tuple.of(transaction)).await().indefinitely().iterator().next().getLong(0);
    }
}
