package in.haat.gateway.beckn;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknSigner;
import in.haat.gateway.signing.Ed25519Keys;
import in.haat.testinfra.KafkaCompanionTest;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ACK path's group commit (AcceptedRequestWriter): requests arriving together share a transaction, and copies of
 * one message may land in the same batch; still every request is ACKed, each message logged once and handed on once.
 */
@QuarkusTest
class AcceptBatchTest extends KafkaCompanionTest {

    private static final BecknSigner BUYER = new BecknSigner("buyer.test.haat", "buyer-key-1", Ed25519Keys.privateKey(FakeBuyerApp.KEY));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    Pool database;

    @Test
    void concurrentRequestsAndTheirCopiesAreAckedLoggedAndHandedOnOnceEach() {
        List<String> transactions = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String transaction = UUID.randomUUID().toString();
            transactions.add(transaction);
            byte[] body = BecknEdgeTest.request("select", transaction, UUID.randomUUID().toString(), Instant.now());
            for (int copy = 0; copy < 3; copy++) {
                bodies.add(body);
            }
        }
        Collections.shuffle(bodies);
        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics(TestTopics.of("haat.ondc.requests"));
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = bodies.stream().map(this::post).toList();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.join();
                assertEquals(200, response.statusCode(), response.body());
                assertTrue(response.body().contains("\"ACK\""), response.body());
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> transactions.stream()
                    .allMatch(t -> events.getRecords().stream().anyMatch(r -> t.equals(r.key()))));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
            Map<String, Long> perTransaction = events.getRecords().stream().filter(r -> transactions.contains(r.key()))
                    .collect(Collectors.groupingBy(r -> r.key(), Collectors.counting()));
            assertEquals(transactions.stream().collect(Collectors.toMap(Function.identity(), t -> 1L)), perTransaction);
        } finally {
            events.stop();
        }
        for (String transaction : transactions) {
            assertEquals(1, database.preparedQuery("select count(*) from ondc_message where transaction_id = $1 and acked")
                    .execute(Tuple.of(transaction)).await().indefinitely().iterator().next().getLong(0));
        }
    }

    private CompletableFuture<HttpResponse<String>> post(byte[] body) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/select"))
                .header("Content-Type", "application/json").header("Authorization", BUYER.authorization(body,
                        Instant.now().getEpochSecond(), Instant.now().plusSeconds(3600).getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
