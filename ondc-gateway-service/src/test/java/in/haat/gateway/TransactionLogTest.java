package in.haat.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.gateway.signing.BecknSigner;
import in.haat.testinfra.TestTokens;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * The transaction log, written by the beckn edge and the callback delivery through its entity: every message of an
 * order transaction carries the seller it concerns (from the storefront it names, or from the transaction), so the
 * seller lists them by transaction and exports them as the flow file of ONDC's log validator; no one else can.
 */
@QuarkusTest
class TransactionLogTest {

    private static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private FakeBuyerApp buyerApp;
    private KafkaCompanion kafka;

    @BeforeEach
    void start() throws Exception {
        buyerApp = new FakeBuyerApp();
        kafka = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void stop() throws Exception {
        kafka.close();
        buyerApp.close();
    }

    @Test
    void everyMessageOfAnOrderTransactionIsTheSellersAndExportsAsAFlowFile() {
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        storefront(seller, storefront);
        String transaction = UUID.randomUUID().toString();
        String selectId = UUID.randomUUID().toString();
        select(transaction, selectId, "{\"order\":{\"provider\":{\"id\":\"" + storefront + "\"}}}");
        // The results consumer may join its topic after the first results (it starts at the end): publish until delivered.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            publish(transaction, "on_select", selectId, Map.of("order", Map.of("provider", Map.of("id", storefront.toString()))));
            Thread.sleep(1500);
            return buyerApp.received().stream().anyMatch(r -> r.path().endsWith("/on_select"));
        });
        publish(transaction, "on_status", null, Map.of("order", Map.of("state", "Accepted",
                "fulfillments", List.of(Map.of("id", "1", "type", "Delivery", "state", Map.of("descriptor", Map.of("code", "Pending")))))));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from ondc_message where transaction_id = $1 "
                + "and action = 'on_status' and acked", transaction) == 1);

        String path = "/api/sellers/" + seller + "/ondc-messages";
        as(seller).queryParam("transaction_id", transaction).get(path).then().statusCode(200)
                .body("items.action", hasItem("select"))
                .body("items.action", hasItem("on_select"))
                .body("items.action", hasItem("on_status"))
                .body("items.findAll { it.action != 'on_select' }.size()", equalTo(2));
        as(seller).queryParam("transaction_id", transaction).queryParam("flow", "2").get(path + "/flow").then().statusCode(200)
                .body("flow", equalTo("2"))
                .body("domain", equalTo("ONDC:RET10"))
                .body("version", equalTo("1.2.0"))
                .body("bap_id", equalTo("localhost"))
                .body("bpp_id", equalTo("haat.localhost"))
                .body("payload.keySet()", containsInAnyOrder("select", "on_select", "on_status_pending"))
                .body("payload.select.context.message_id", equalTo(selectId))
                .body("payload.on_status_pending.message.order.state", equalTo("Accepted"));

        UUID other = UUID.randomUUID();
        as(other).queryParam("transaction_id", transaction).get("/api/sellers/" + other + "/ondc-messages").then()
                .statusCode(200).body("items", empty());
        as(other).queryParam("transaction_id", transaction).get("/api/sellers/" + other + "/ondc-messages/flow").then()
                .statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        as(other).queryParam("transaction_id", transaction).get(path + "/flow").then().statusCode(404);
        as(seller).get(path + "/flow").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
    }

    @Test
    void aRequestNamingNoKnownStorefrontConcernsNoSeller() {
        String transaction = UUID.randomUUID().toString();
        select(transaction, UUID.randomUUID().toString(), "{\"order\":{\"provider\":{\"id\":\"not-a-storefront\"}}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from ondc_message where transaction_id = $1", transaction) == 1);
        database.preparedQuery("select seller_id from ondc_message where transaction_id = $1").execute(Tuple.of(transaction))
                .await().indefinitely().forEach(row -> org.junit.jupiter.api.Assertions.assertNull(row.getUUID(0)));
    }

    @Test
    void whatTheNetworkAcceptsButTheSpecDoesNotListIsAckedAndKeptAsAWarning() {
        String transaction = UUID.randomUUID().toString();
        // A field beside context and message, where ONDC's schema closes the object: ACKed (select() asserts it) and
        // noted, not refused, as the network does.
        select(transaction, UUID.randomUUID().toString(), "{\"order\":{\"provider\":{\"id\":\"not-a-storefront\"}}},"
                + "\"x_buyer_app_note\":\"gift wrap\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from ondc_message where transaction_id = $1", transaction) == 1);
        String warnings = database.preparedQuery("select warnings::text from ondc_message where transaction_id = $1")
                .execute(Tuple.of(transaction)).await().indefinitely().iterator().next().getString(0);
        org.junit.jupiter.api.Assertions.assertNotNull(warnings, "the extra field is noted on the logged message");
        org.junit.jupiter.api.Assertions.assertTrue(warnings.contains("x_buyer_app_note"), warnings);
    }

    private RequestSpecification as(UUID seller) {
        return given().header("Authorization", TestTokens.seller(seller).scopes("orders:read").bearer());
    }

    private void storefront(UUID seller, UUID storefront) {
        database.preparedQuery("insert into search_storefront (storefront_id, seller_id, document, updated_at) values ($1, $2, $3, $4)")
                .execute(Tuple.of(storefront, seller, new JsonObject().put("storefront_id", storefront.toString()).put("name", "Asha"),
                        OffsetDateTime.now()))
                .await().indefinitely();
    }

    private void select(String transaction, String messageId, String message) {
        String body = "{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"select\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\","
                + "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\","
                + "\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now())
                + "\",\"ttl\":\"PT30S\"},\"message\":" + message + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        given().body(bytes).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, bytes))
                .post("/select").then().statusCode(200).body("message.ack.status", equalTo("ACK"));
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

    private long count(String sql, String transaction) {
        return database.preparedQuery(sql).execute(Tuple.of(transaction)).await().indefinitely().iterator().next().getLong(0);
    }
}
