package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknSigner;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IGM callbacks speak IGM: an unsolicited /on_issue takes the context of the transaction's IGM request even when an
 * order request came later, an unsolicited /on_status never an IGM request's, and a 2.0.0 request that names its
 * version and city in {@code version} and {@code location} gets them back so.
 */
@QuarkusTest
class IgmCallbackContextTest {

    private static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private FakeBuyerApp buyerApp;
    private List<FakeBuyerApp.Received> received;
    private KafkaCompanion kafka;

    @BeforeEach
    void start() throws Exception {
        buyerApp = new FakeBuyerApp();
        received = buyerApp.received();
        kafka = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void stop() throws Exception {
        kafka.close();
        buyerApp.close();
    }

    @Test
    void anUnsolicitedIgmCallbackTakesTheIgmRequestsContextAndAnOrderCallbackTheOrderRequests() throws Exception {
        // Issue first, then an order request: the unsolicited /on_issue is still IGM 1.0.0.
        String first = UUID.randomUUID().toString();
        send("issue", first, context("issue", first, "\"core_version\":\"1.0.0\",\"city\":\"std:080\",\"country\":\"IND\""), issue());
        send("select", first, context("select", first, "\"core_version\":\"1.2.0\",\"city\":\"std:080\",\"country\":\"IND\""), "{\"order\":{}}");
        // An order request first, then an issue: the unsolicited /on_status is still retail 1.2.0.
        String second = UUID.randomUUID().toString();
        send("select", second, context("select", second, "\"core_version\":\"1.2.0\",\"city\":\"std:080\",\"country\":\"IND\""), "{\"order\":{}}");
        send("issue", second, context("issue", second, "\"core_version\":\"1.0.0\",\"city\":\"std:080\",\"country\":\"IND\""), issue());

        JsonNode onIssue = untilDelivered(first, "on_issue", null);
        assertEquals("1.0.0", onIssue.path("core_version").asText(), onIssue.toString());
        JsonNode onStatus = untilDelivered(second, "on_status", null);
        assertEquals("1.2.0", onStatus.path("core_version").asText(), onStatus.toString());
    }

    @Test
    void anIgm2RequestWithVersionAndLocationGetsThemBack() throws Exception {
        String transaction = UUID.randomUUID().toString();
        String messageId = send("issue", transaction, context("issue", transaction,
                "\"version\":\"2.0.0\",\"location\":{\"city\":{\"code\":\"std:080\"},\"country\":{\"code\":\"IND\"}}"), issue());
        JsonNode context = untilDelivered(transaction, "on_issue", messageId);
        assertEquals("2.0.0", context.path("version").asText(), context.toString());
        assertEquals("std:080", context.at("/location/city/code").asText());
        assertFalse(context.has("core_version") || context.has("city"), context.toString());
    }

    /** Publishes the result until the buyer app has its callback (the results consumer joins its topic at the end in tests). */
    private JsonNode untilDelivered(String transaction, String action, String requestMessageId) throws Exception {
        Map<String, Object> message = "on_status".equals(action) ? Map.of("order", Map.of("id", "O-1", "state", "Accepted"))
                : Map.of("issue", Map.of("id", "ISSUE-1", "created_at", "2026-12-01T05:39:05.893Z", "updated_at",
                        FakeBuyerApp.TIMESTAMP.format(Instant.now())));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            if (delivered(transaction, action) == null) {
                publish(transaction, action, requestMessageId, message);
                Thread.sleep(1500);
            }
            return delivered(transaction, action) != null;
        });
        return delivered(transaction, action).get("context");
    }

    private JsonNode delivered(String transaction, String action) throws Exception {
        for (FakeBuyerApp.Received r : received) {
            JsonNode body = json.readTree(r.body());
            if (r.path().equals("/ondc/" + action) && transaction.equals(body.at("/context/transaction_id").asText())) {
                return body;
            }
        }
        return null;
    }

    private String context(String action, String transaction, String version) {
        return "{\"domain\":\"ONDC:RET10\",\"action\":\"" + action + "\"," + version + ","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\","
                + "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\","
                + "\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + UUID.randomUUID() + "\","
                + "\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"}";
    }

    private String send(String action, String transaction, String context, String message) throws Exception {
        byte[] body = ("{\"context\":" + context + ",\"message\":" + message + "}").getBytes(StandardCharsets.UTF_8);
        given().body(body).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, body))
                .post("/" + action).then().statusCode(200).body("message.ack.status", equalTo("ACK"));
        return json.readTree(context).path("message_id").asText();
    }

    /** The least IGM issue both versions' schemas take. */
    private static String issue() {
        return "{\"issue\":{\"id\":\"ISSUE-1\",\"category\":\"ITEM\",\"sub_category\":\"ITM02\",\"status\":\"OPEN\","
                + "\"complainant_info\":{\"contact\":{\"phone\":\"9891691269\"}},\"order_details\":{\"id\":\"O-1\"},"
                + "\"description\":{\"short_desc\":\"Item quality\"},\"source\":{\"network_participant_id\":\"localhost\",\"type\":\"CONSUMER\"},"
                + "\"expected_response_time\":{\"duration\":\"PT2H\"},\"expected_resolution_time\":{\"duration\":\"P1D\"},"
                + "\"issue_actions\":{\"complainant_actions\":[{\"complainant_action\":\"OPEN\",\"short_desc\":\"Complaint created\","
                + "\"updated_at\":\"2026-12-01T05:39:05.893Z\",\"updated_by\":{\"contact\":{\"phone\":\"9963548006\"}}}]},"
                + "\"created_at\":\"2026-12-01T05:39:05.893Z\",\"updated_at\":\"2026-12-01T05:39:05.893Z\"}}";
    }

    private void publish(String transaction, String action, String requestMessageId, Object message) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("action", action);
        payload.put("transaction_id", transaction);
        payload.put("request_message_id", requestMessageId);
        payload.put("message", message);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "ondc.result", 1, Instant.now(), transaction,
                TraceContext.newTrace(), json.valueToTree(payload));
        kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of("haat.ondc.responses"), transaction, codec.toJson(event)))
                .awaitCompletion();
    }
}
