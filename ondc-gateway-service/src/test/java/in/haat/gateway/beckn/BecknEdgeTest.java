package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknSigner;
import in.haat.gateway.signing.Ed25519Keys;
import in.haat.testinfra.KafkaCompanionTest;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A signed buyer app at the beckn edge: ACK once verified, logged and handed off; NACK with the ONDC code otherwise. */
@QuarkusTest
class BecknEdgeTest extends KafkaCompanionTest {

    private static final String KEY = FakeBuyerApp.KEY;
    private static final BecknSigner BUYER = new BecknSigner("buyer.test.haat", "buyer-key-1", Ed25519Keys.privateKey(KEY));
    private static final BecknSigner GATEWAY = new BecknSigner("gateway.test.haat", "bg-key-1", Ed25519Keys.privateKey(KEY));
    private static final BecknSigner STRANGER = new BecknSigner("buyer.test.haat", "other-key", Ed25519Keys.privateKey(KEY));

    private static final DateTimeFormatter TIMESTAMP = FakeBuyerApp.TIMESTAMP;

    @Inject
    Pool database;
    @Inject
    ObjectMapper json;
    @Test
    void aSignedSelectIsAckedLoggedAndHandedOnOnce() {
        String transaction = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        byte[] body = request("select", transaction, messageId, Instant.now());
        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics(TestTopics.of("haat.ondc.requests"));
        try {
            String authorization = sign(BUYER, body);
            post("select", body, authorization).then().statusCode(200).body("message.ack.status", equalTo("ACK"))
                    .body("error", equalTo(null));
            // A repeat, even re-signed, gets the same answer and no second event.
            post("select", body, sign(BUYER, body)).then().statusCode(200).contentType("application/json")
                    .body("message.ack.status", equalTo("ACK"));

            await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords().stream().anyMatch(r -> transaction.equals(r.key())));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
            assertEquals(1, events.getRecords().stream().filter(r -> transaction.equals(r.key())).count());
            String event = events.getRecords().stream().filter(r -> transaction.equals(r.key())).findFirst().orElseThrow().value();
            assertEquals("ondc.select", json.readTree(event).get("type").asText());
            assertEquals(messageId, json.readTree(event).get("payload").get("context").get("message_id").asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            events.stop();
        }
        assertEquals(1, count("select count(*) from ondc_message where message_id = $1 and acked", messageId));
    }

    @Test
    void aGatewayRoutedSearchNeedsBothSignaturesToVerify() {
        byte[] body = request("search", UUID.randomUUID().toString(), UUID.randomUUID().toString(), Instant.now());
        given().body(body).contentType("application/json").header("Authorization", sign(BUYER, body))
                .header("X-Gateway-Authorization", sign(GATEWAY, body))
                .post("/search").then().statusCode(200).body("message.ack.status", equalTo("ACK"));
        byte[] other = request("search", UUID.randomUUID().toString(), UUID.randomUUID().toString(), Instant.now());
        given().body(body).contentType("application/json").header("Authorization", sign(BUYER, body))
                .header("X-Gateway-Authorization", sign(GATEWAY, other))
                .post("/search").then().statusCode(401).header("Proxy-Authenticate", startsWith("Signature"))
                .body("message.ack.status", equalTo("NACK")).body("error.code", equalTo("30016"));
    }

    @Test
    void badSignaturesAreRefusedWith401AndAChallenge() {
        String messageId = UUID.randomUUID().toString();
        byte[] body = request("init", UUID.randomUUID().toString(), messageId, Instant.now());
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("std:080", "std:011").getBytes(StandardCharsets.UTF_8);
        String good = sign(BUYER, body);
        for (String header : new String[] {null, "Bearer abc", sign(STRANGER, body), sign(BUYER, tampered),
                good.replace("(created) (expires) digest", "(created)(expires)digest"),
                signWindow(BUYER, body, Instant.now().minus(2, ChronoUnit.HOURS), Instant.now().minus(1, ChronoUnit.HOURS))}) {
            post("init", body, header).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Signature realm=\"haat.localhost\""))
                    .body("message.ack.status", equalTo("NACK")).body("error.code", equalTo("30016"));
        }
        assertEquals(0, count("select count(*) from ondc_message where message_id = $1 and acked", messageId));
        // The rejected attempts are in the transaction log, with the reason.
        assertEquals(6, count("select count(*) from ondc_message where message_id = $1 and not acked and http_status = 401 "
                + "and signature_problem is not null", messageId));
    }

    @Test
    void contextRulesAnswerNackWithTheOndcCode() {
        String tx = UUID.randomUUID().toString();
        expectNack("confirm", request("confirm", tx, UUID.randomUUID().toString(), Instant.now().minus(5, ChronoUnit.MINUTES)), "30022");
        expectNack("confirm", replace(request("confirm", tx, UUID.randomUUID().toString(), Instant.now()), "\"bpp_id\":\"haat.localhost\"",
                "\"bpp_id\":\"someone.else\""), "30000");
        expectNack("confirm", replace(request("confirm", tx, UUID.randomUUID().toString(), Instant.now()), "\"core_version\":\"1.2.0\"",
                "\"core_version\":\"0.9.1\""), "30000");
        expectNack("select", request("confirm", tx, UUID.randomUUID().toString(), Instant.now()), "30000");
        expectNack("confirm", replace(request("confirm", tx, UUID.randomUUID().toString(), Instant.now()), "Z\",\"ttl\"",
                "+05:30\",\"ttl\""), "30000");
        expectNack("confirm", "{\"context\": ".getBytes(StandardCharsets.UTF_8), "30000");
    }

    @Test
    void aMessageTheOfficialSchemaRefusesIsNackedWithItsPath() {
        byte[] body = replace(request("select", UUID.randomUUID().toString(), UUID.randomUUID().toString(), Instant.now()),
                "{\"order\":{\"provider\":{\"id\":\"P1\"}}}", "{\"order\":{\"items\":\"not a list\"}}");
        post("select", body, sign(BUYER, body)).then().statusCode(400).body("message.ack.status", equalTo("NACK"))
                .body("error.type", equalTo("JSON-SCHEMA-ERROR")).body("error.code", equalTo("30000"))
                .body("error.path", equalTo("/message/order/items"));
    }

    @Test
    void anOversizedBodyIsNackedUnread() {
        byte[] huge = new byte[1_100_000];
        java.util.Arrays.fill(huge, (byte) ' ');
        given().body(huge).contentType("application/json").header("Authorization", sign(BUYER, huge))
                .post("/select").then().statusCode(413).body("message.ack.status", equalTo("NACK")).body("error.code", equalTo("30000"));
    }

    private void expectNack(String action, byte[] body, String code) {
        post(action, body, sign(BUYER, body)).then().statusCode(400).body("message.ack.status", equalTo("NACK"))
                .body("error.code", equalTo(code));
    }

    private static byte[] replace(byte[] body, String from, String to) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static Response post(String action, byte[] body, String authorization) {
        var request = given().body(body).contentType("application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.post("/" + action);
    }

    private static String sign(BecknSigner signer, byte[] body) {
        return signWindow(signer, body, Instant.now(), Instant.now().plus(1, ChronoUnit.HOURS));
    }

    private static String signWindow(BecknSigner signer, byte[] body, Instant created, Instant expires) {
        return signer.authorization(body, created.getEpochSecond(), expires.getEpochSecond());
    }

    /** A message each action's official schema accepts. */
    private static final java.util.Map<String, String> MESSAGES = java.util.Map.of(
            "search", "{\"intent\":{\"fulfillment\":{\"type\":\"Delivery\"}}}",
            "status", "{\"order_id\":\"O1\"}");

    static byte[] request(String action, String transactionId, String messageId, Instant timestamp) {
        String bpp = "search".equals(action) ? "" : "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\",";
        return ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"" + action + "\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"buyer.test.haat\",\"bap_uri\":\"https://buyer.test.haat/ondc\"," + bpp
                + "\"transaction_id\":\"" + transactionId + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\"" + TIMESTAMP.format(timestamp) + "\","
                + "\"ttl\":\"PT30S\"},\"message\":" + MESSAGES.getOrDefault(action, "{\"order\":{\"provider\":{\"id\":\"P1\"}}}") + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql, String messageId) {
        return database.preparedQuery(sql).execute(Tuple.of(messageId)).await().indefinitely().iterator().next().getLong(0);
    }
}
