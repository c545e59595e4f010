package in.haat.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.gateway.config.UnansweredConfig;
import in.haat.gateway.signing.BecknSigner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No ACK goes without its callback: a buyer action no service answers gets its /on_* with ONDC's 40001 "Feature not
 * supported", echoing the request's message_id (none is left in production: this test's profile leaves /rating to the
 * gateway to prove the mechanism); the actions order-service answers are left to it.
 */
@QuarkusTest
class UnansweredActionsTest {

    private static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");

    @Inject
    ObjectMapper json;
    @Inject
    UnansweredConfig unanswered;

    private FakeBuyerApp buyerApp;

    @BeforeEach
    void start() throws Exception {
        buyerApp = new FakeBuyerApp();
    }

    @AfterEach
    void stop() throws Exception {
        buyerApp.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rating|1.2.0|{\"ratings\":[{\"rating_category\":\"Order\",\"id\":\"O-3\",\"value\":\"4\"}]}||"})
    void anActionNoServiceAnswersGetsItsCallbackWithNotSupported(String action, String version, String message, String idPath,
            String id) throws Exception {
        String transaction = UUID.randomUUID().toString();
        // The gateway's consumer joins the requests topic at its end in tests: ask again until it has answered one.
        List<String> asked = new CopyOnWriteArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            asked.add(send(action, version, transaction, message));
            Thread.sleep(1500);
            return callback(action).isPresent();
        });
        JsonNode callback = json.readTree(callback(action).orElseThrow().body());
        assertEquals("on_" + action, callback.at("/context/action").asText());
        assertEquals(transaction, callback.at("/context/transaction_id").asText());
        assertEquals(version, callback.at("/context/core_version").asText());
        assertEquals("40001", callback.at("/error/code").asText());
        assertEquals("DOMAIN-ERROR", callback.at("/error/type").asText());
        if (idPath != null) {
            assertEquals(id, callback.at(idPath).asText());
        }
        assertTrue(asked.contains(callback.at("/context/message_id").asText()), "it echoes the message_id of a request sent");
    }

    @Test
    void theActionsOrderServiceAnswersAreLeftToIt() {
        for (String action : List.of("cancel", "update", "issue", "issue_status")) {
            assertFalse(unanswered.actions().orElse(java.util.Set.of()).contains(action), "order-service answers /" + action);
        }
        // A /cancel, an /update and an /issue_status, then a /rating of the same transaction (one partition, consumed in
        // order; /rating is left to the gateway in this test's profile only): once the /rating is answered, the three
        // before it have been consumed, and the gateway answered none of them.
        String transaction = UUID.randomUUID().toString();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            send("cancel", "1.2.5", transaction, "{\"order_id\":\"O-2\",\"cancellation_reason_id\":\"006\"}");
            send("update", "1.2.5", transaction, "{\"update_target\":\"item\",\"order\":{\"id\":\"O-2\",\"state\":\"Completed\","
                    + "\"provider\":{\"id\":\"P1\"},\"items\":[{\"id\":\"I1\",\"fulfillment_id\":\"R1\",\"quantity\":{\"count\":1}}]}}");
            send("issue_status", "1.0.0", transaction, "{\"issue_id\":\"ISSUE-1\"}");
            send("rating", "1.2.0", transaction, "{\"ratings\":[{\"rating_category\":\"Order\",\"id\":\"O-3\",\"value\":\"4\"}]}");
            Thread.sleep(1500);
            return callback("rating").isPresent();
        });
        assertTrue(callback("cancel").isEmpty(), "the gateway no longer answers /cancel");
        assertTrue(callback("update").isEmpty(), "the gateway no longer answers /update");
        assertTrue(callback("issue_status").isEmpty(), "the gateway no longer answers /issue_status");
    }

    private Optional<FakeBuyerApp.Received> callback(String action) {
        return buyerApp.received().stream().filter(r -> r.path().equals("/ondc/on_" + action)).findFirst();
    }

    /** A request as sent: its message_id and the gateway's answer. */
    private record Sent(String messageId, Response response) {
    }

    private String send(String action, String version, String transaction, String message) {
        Sent sent = post(action, version, transaction, message);
        sent.response().then().statusCode(200).body("message.ack.status", equalTo("ACK"));
        return sent.messageId();
    }

    private Sent post(String action, String version, String transaction, String message) {
        String messageId = UUID.randomUUID().toString();
        byte[] body = ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"" + action + "\",\"core_version\":\"" + version + "\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\","
                + "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\","
                + "\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now())
                + "\",\"ttl\":\"PT30S\"},\"message\":" + message + "}").getBytes(StandardCharsets.UTF_8);
        Response response = given().body(body).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, body))
                .post("/" + action);
        return new Sent(messageId, response);
    }

}
