package in.haat.auth.oauth;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.testinfra.TestEvents;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A seller deleted in catalogue-service: its own client is revoked everywhere and gets no token, and no new one is made,
 * not even after a seller.created that arrives late.
 */
@QuarkusTest
class SellerDeletionTest {

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aDeletedSellersOwnClientGetsNoTokensAndIsRevokedEverywhere() {
        UUID seller = AuthApi.knownSeller(database, "partner-" + UUID.randomUUID());
        AuthApi.Client own = AuthApi.seller(seller, "orders:read");
        AuthApi.clientCredentialsToken(own);

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            String event = codec.toJson(new EventEnvelope(UUID.randomUUID(), "seller.deleted", 1, Instant.now(),
                    seller.toString(), TraceContext.newTrace(),
                    json.valueToTree(Map.of("seller_id", seller, "deleted_at", Instant.now()))));
            kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of(TestEvents.SELLERS_TOPIC), seller.toString(), event))
                    .awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from seller_directory where seller_id = $1 "
                + "and deleted_at is not null", seller) == 1);
        AuthApi.token(own, "grant_type", "client_credentials").then().statusCode(401).body("error", equalTo("invalid_client"));
        // Resource servers learn it from client.revoked, as for any revoked client.
        assertOne("select count(*) from outbox_event where event_type = 'client.revoked' and event_key = $1", own.id());
        given().header("Authorization", AuthApi.ADMIN).contentType("application/json")
                .body(Map.of("kind", "seller", "name", "again", "seller_id", seller.toString(), "scopes", java.util.List.of("orders:read")))
                .post("/admin/clients").then().statusCode(422);
    }

    @Test
    void aSellerCreatedArrivingAfterTheDeletionDoesNotBringTheSellerBack() {
        UUID seller = AuthApi.knownSeller(database, null);
        publish("seller.deleted", seller, Map.of("seller_id", seller, "deleted_at", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from seller_directory where seller_id = $1 "
                + "and deleted_at is not null", seller) == 1);
        publish("seller.created", seller, Map.of("seller_id", seller, "name", "Late Copy", "created_at", Instant.now()));

        // The late event is applied (the name is its), and the deletion stays.
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from seller_directory where seller_id = $1 "
                + "and name = 'Late Copy'", seller) == 1);
        org.junit.jupiter.api.Assertions.assertEquals(1, count("select count(*) from seller_directory where seller_id = $1 "
                + "and deleted_at is not null", seller));
        given().header("Authorization", AuthApi.ADMIN).contentType("application/json")
                .body(Map.of("kind", "seller", "name", "after", "seller_id", seller.toString(), "scopes", java.util.List.of("orders:read")))
                .post("/admin/clients").then().statusCode(422);
    }

    private void publish(String type, UUID seller, Map<String, Object> payload) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            String event = codec.toJson(new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), seller.toString(),
                    TraceContext.newTrace(), json.valueToTree(payload)));
            kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of(TestEvents.SELLERS_TOPIC), seller.toString(), event))
                    .awaitCompletion();
        }
    }

    private void assertOne(String sql, String key) {
        long found = database.preparedQuery(sql).execute(Tuple.of(key)).await().indefinitely().iterator().next().getLong(0);
        org.junit.jupiter.api.Assertions.assertEquals(1, found, sql);
    }

    private long count(String sql, UUID id) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }
}
