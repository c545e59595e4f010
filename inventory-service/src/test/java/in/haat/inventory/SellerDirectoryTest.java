package in.haat.inventory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.testinfra.TestEvents;
import in.haat.testinfra.TestTokens;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seller directory (the seller-directory library, through api-support) in a running service: each seller.created applied once however often
 * it arrives, an unreadable event dead-lettered without holding up the next, and a seller without a partner
 * open to no partner.
 */
@QuarkusTest
class SellerDirectoryTest {

    @Inject
    Pool database;
    @Inject
    EventCodec codec;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private TestEvents events;

    @BeforeEach
    void connect() {
        events = new TestEvents(bootstrap, codec);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID seller = UUID.randomUUID();
        EventEnvelope created = events.sellerCreated(seller, "partner-a", "Asha Stores");
        events.publishRaw(TestEvents.SELLERS_TOPIC, seller.toString(), codec.toJson(created));

        // A marker behind both copies on the same partition (same key): once it is applied, both copies were read.
        UUID marker = UUID.randomUUID();
        events.publish(TestEvents.SELLERS_TOPIC, "seller.created", seller.toString(), Map.of(
                "seller_id", marker.toString(), "partner_id", "partner-a", "name", "Marker", "created_at", "2026-11-22T00:00:00Z"));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from seller_directory where seller_id = $1", marker) == 1);
        assertEquals(1, count("select count(*) from seller_directory where seller_id = $1", seller));
        assertEquals(1, count("select count(*) from processed_event where event_id = $1", created.id()));
        assertEquals("partner-a", database.preparedQuery("select partner_id from seller_directory where seller_id = $1")
                .execute(Tuple.of(seller)).await().indefinitely().iterator().next().getString(0));
    }

    @Test
    void anUnreadableEventDoesNotHoldUpTheNext() {
        UUID seller = UUID.randomUUID();
        // Same key, so the same partition: the good event is behind the bad ones.
        events.publishRaw(TestEvents.SELLERS_TOPIC, seller.toString(), "{not json");
        events.publish(TestEvents.SELLERS_TOPIC, "seller.created", seller.toString(), Map.of("name", "no seller_id"));
        events.sellerCreated(seller, "partner-b", "Behind Bad Events");

        await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .header("Authorization", TestTokens.partner("partner-b").scopes("inventory:read").bearer())
                .get("/api/sellers/" + seller + "/stock").statusCode() == 200);
        // The two bad ones are kept on the dead-letter topic, not dropped.
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> dlq.getRecords().stream()
                        .filter(r -> seller.toString().equals(r.key())).map(r -> r.value().startsWith("{not json"))
                        .distinct().count() == 2);
            } finally {
                dlq.stop();
            }
        }
    }

    @Test
    void aSellerWithoutAPartnerIsOpenToNoPartner() {
        UUID seller = UUID.randomUUID();
        events.sellerCreated(seller, null, "Before Partners");
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from seller_directory where seller_id = $1", seller) == 1);

        given().header("Authorization", TestTokens.partner("partner-c").scopes("inventory:read").bearer())
                .get("/api/sellers/" + seller + "/stock").then().statusCode(404);
        given().header("Authorization", TestTokens.seller(seller).scopes("inventory:read").bearer())
                .get("/api/sellers/" + seller + "/stock").then().statusCode(200);
    }

    private long count(String sql, UUID id) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }
}
