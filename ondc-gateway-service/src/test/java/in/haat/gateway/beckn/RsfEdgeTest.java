package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * RSF 2.0 at the edge: a collector's signed /recon is ACKed and handed on as {@code ondc.recon}, and the domain's result
 * goes back as a signed /on_recon in RSF's context (ONDC:NTS10, version 2.0.0, location); a broken /recon is NACKed;
 * the settlement agency's /on_report (signed by its bpp, naming us as bap) is ACKed and handed on, one signed by another
 * is refused.
 */
@QuarkusTest
class RsfEdgeTest {

    private static final BecknSigner COLLECTOR = FakeBuyerApp.signer("localhost", "buyer-key-1");

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private FakeBuyerApp collector;
    private KafkaCompanion kafka;

    @BeforeEach
    void start() throws Exception {
        collector = new FakeBuyerApp();
        kafka = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void stop() throws Exception {
        kafka.close();
        collector.close();
    }

    @Test
    void aSignedReconIsAckedHandedOnAndAnsweredWithASignedOnRecon() throws Exception {
        String transaction = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        post("recon", context("recon", transaction, messageId, "localhost", collector.uri(), "haat.localhost", "http://localhost:8080"),
                recon("259.60")).statusCode(200).body("message.ack.status", equalTo("ACK"));
        await().atMost(Duration.ofSeconds(30)).until(() -> handedOn(transaction, "ondc.recon") == 1);

        Map<String, Object> answer = Map.of("orders", List.of(Map.of("id", "O-1", "amount", Map.of("currency", "INR", "value", "259.60"),
                "recon_accord", true, "settlements", List.of(Map.of("id", "S1", "payment_id", "P1", "status", "PENDING",
                        "amount", inr("251.81"), "commission", inr("7.79"), "withholding_amount", inr("0.00"), "tcs", inr("0.00"),
                        "tds", inr("0.00"), "updated_at", "2026-12-01T09:00:00.000Z")))));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            if (delivered(transaction) == null) {
                publish(transaction, messageId, answer);
                Thread.sleep(1500);
            }
            return delivered(transaction) != null;
        });
        FakeBuyerApp.Received onRecon = delivered(transaction);
        JsonNode context = json.readTree(onRecon.body()).get("context");
        assertEquals(List.of("ONDC:NTS10", "2.0.0", "on_recon", messageId, "IND", "*", "haat.localhost"),
                List.of(context.path("domain").asText(), context.path("version").asText(), context.path("action").asText(),
                        context.path("message_id").asText(), context.at("/location/country/code").asText(),
                        context.at("/location/city/code").asText(), context.path("bpp_id").asText()), context.toString());
        assertFalse(context.has("core_version") || context.has("city"), context.toString());
        assertTrue(json.readTree(onRecon.body()).at("/message/orders/0/recon_accord").asBoolean());
        SignatureHeader header = SignatureHeader.parse(onRecon.authorization()).header().orElseThrow();
        assertEquals("haat.localhost", header.subscriberId());
        assertTrue(new BecknVerifier(5).verify(header, onRecon.body().getBytes(StandardCharsets.UTF_8),
                Ed25519Keys.publicKey(FakeBuyerApp.PUBLIC_KEY), Instant.now().getEpochSecond()).ok());
    }

    @Test
    void aBrokenOrMisaddressedReconIsNacked() throws Exception {
        String broken = UUID.randomUUID().toString();
        String noSettlements = "{\"orders\":[{\"id\":\"O-1\",\"amount\":{\"currency\":\"INR\",\"value\":\"1.00\"}}]}";
        post("recon", context("recon", broken, UUID.randomUUID().toString(), "localhost", collector.uri(), "haat.localhost",
                "http://localhost:8080"), noSettlements).statusCode(400).body("message.ack.status", equalTo("NACK"))
                .body("error.type", equalTo("JSON-SCHEMA-ERROR")).body("error.message", containsString("settlements"));
        String retail = context("recon", broken, UUID.randomUUID().toString(), "localhost", collector.uri(), "haat.localhost",
                "http://localhost:8080").replace("ONDC:NTS10", "ONDC:RET10");
        post("recon", retail, recon("1.00")).statusCode(400).body("error.type", equalTo("CONTEXT-ERROR"))
                .body("error.path", equalTo("context.domain"));
        post("recon", context("recon", broken, UUID.randomUUID().toString(), "localhost", collector.uri(), "another.seller.app",
                "http://localhost:8080"), recon("1.00")).statusCode(400).body("error.path", equalTo("context.bpp_id"));
        assertEquals(0, handedOn(broken, "ondc.recon"), "nothing NACKed is handed on, so nothing waits for an /on_recon");
    }

    @Test
    void theSettlementAgencysReportIsTakenFromItsBppAndOnlyFromIt() throws Exception {
        String transaction = UUID.randomUUID().toString();
        String report = "{\"collector_app_id\":\"buyer.example\",\"receiver_app_id\":\"haat.localhost\",\"settlement\":{\"type\":\"NP-NP\","
                + "\"id\":\"ST1\",\"orders\":[{\"id\":\"O-1\",\"inter_participant\":{\"amount\":{\"currency\":\"INR\",\"value\":\"251.81\"},"
                + "\"status\":\"SETTLED\"}}]}}";
        post("on_report", context("on_report", transaction, UUID.randomUUID().toString(), "haat.localhost", "http://localhost:8080",
                "localhost", collector.uri()), report).statusCode(200).body("message.ack.status", equalTo("ACK"));
        await().atMost(Duration.ofSeconds(30)).until(() -> handedOn(transaction, "ondc.on_report") == 1);
        // Signed by "localhost", but naming another settlement agency as its sender.
        String forged = UUID.randomUUID().toString();
        post("on_report", context("on_report", forged, UUID.randomUUID().toString(), "haat.localhost", "http://localhost:8080",
                "sa.example.in", "https://sa.example.in/rsf"), report).statusCode(401)
                .body("error.message", containsString("context.bpp_id"));
        // A report to another seller app.
        post("on_report", context("on_report", forged, UUID.randomUUID().toString(), "other.seller.app", "https://other.seller.app",
                "localhost", collector.uri()), report).statusCode(400).body("error.path", equalTo("context.bap_id"));
        assertEquals(0, handedOn(forged, "ondc.on_report"));
    }

    private static Map<String, String> inr(String value) {
        return Map.of("currency", "INR", "value", value);
    }

    private static String recon(String amount) {
        return "{\"orders\":[{\"id\":\"O-1\",\"amount\":{\"currency\":\"INR\",\"value\":\"" + amount + "\"},\"settlements\":[{\"id\":\"S1\","
                + "\"payment_id\":\"P1\",\"status\":\"PENDING\",\"amount\":{\"currency\":\"INR\",\"value\":\"251.81\"},"
                + "\"commission\":{\"currency\":\"INR\",\"value\":\"7.79\"},\"withholding_amount\":{\"currency\":\"INR\",\"value\":\"0.00\"},"
                + "\"tcs\":{\"currency\":\"INR\",\"value\":\"0.00\"},\"tds\":{\"currency\":\"INR\",\"value\":\"0.00\"},"
                + "\"updated_at\":\"2026-12-01T09:00:00.000Z\"}]}]}";
    }

    private static String context(String action, String transaction, String messageId, String bapId, String bapUri, String bppId,
            String bppUri) {
        return "{\"domain\":\"ONDC:NTS10\",\"location\":{\"country\":{\"code\":\"IND\"},\"city\":{\"code\":\"*\"}},\"version\":\"2.0.0\","
                + "\"action\":\"" + action + "\",\"bap_id\":\"" + bapId + "\",\"bap_uri\":\"" + bapUri + "\",\"bpp_id\":\"" + bppId + "\","
                + "\"bpp_uri\":\"" + bppUri + "\",\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + messageId + "\","
                + "\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"}";
    }

    private io.restassured.response.ValidatableResponse post(String action, String context, String message) {
        byte[] body = ("{\"context\":" + context + ",\"message\":" + message + "}").getBytes(StandardCharsets.UTF_8);
        return given().body(body).contentType("application/json").header("Authorization", FakeBuyerApp.sign(COLLECTOR, body))
                .post("/" + action).then();
    }

    private int handedOn(String transaction, String type) {
        return database.preparedQuery("select count(*) from outbox_event where event_key = $1 and event_type = $2")
                .execute(Tuple.of(transaction, type)).await().indefinitely().iterator().next().getInteger(0);
    }

    private FakeBuyerApp.Received delivered(String transaction) throws Exception {
        for (FakeBuyerApp.Received r : collector.received()) {
            if (r.path().equals("/ondc/on_recon") && transaction.equals(json.readTree(r.body()).at("/context/transaction_id").asText())) {
                return r;
            }
        }
        return null;
    }

    private void publish(String transaction, String requestMessageId, Object message) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("action", "on_recon");
        payload.put("transaction_id", transaction);
        payload.put("request_message_id", requestMessageId);
        payload.put("message", message);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "ondc.result", 1, Instant.now(), transaction,
                TraceContext.newTrace(), json.valueToTree(payload));
        kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of("haat.ondc.responses"), transaction, codec.toJson(event)))
                .awaitCompletion();
    }
}
