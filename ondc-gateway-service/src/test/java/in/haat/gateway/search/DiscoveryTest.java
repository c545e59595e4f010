package in.haat.gateway.search;

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
import in.haat.gateway.beckn.OndcSchemas;
import in.haat.gateway.signing.BecknSigner;
import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.Ed25519Keys;
import in.haat.gateway.signing.SignatureHeader;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fake buyer app searches: catalogue and stock events build the gateway's read model, a signed /search is
 * ACKed, and the signed /on_search that follows passes the official schema and lists what matched.
 */
@QuarkusTest
class DiscoveryTest {

    private static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @Inject
    OndcSchemas schemas;
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
    void aSearchGetsASignedSchemaValidOnSearchWithWhatMatched() throws Exception {
        String word = "dosa" + UUID.randomUUID().toString().substring(0, 6);
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        UUID masala = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        UUID coffee = UUID.randomUUID();
        // The read model consumes from "now" on: repeat the storefront until it is seen, so nothing after it is missed.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            kafka.produceStrings().fromRecords(event(seller, "storefront.upserted", storefront(seller, storefront))).awaitCompletion();
            return count("select count(*) from search_storefront where storefront_id = $1", storefront) == 1;
        });
        List<ProducerRecord<String, String>> events = new ArrayList<>();
        events.add(event(seller, "catalogue-item.upserted", item(seller, storefront, masala, "Masala " + word, 110)));
        events.add(event(seller, "catalogue-item.upserted", item(seller, storefront, plain, "Plain " + word, 90)));
        events.add(event(seller, "catalogue-item.upserted", item(seller, storefront, coffee, "Filter Coffee", 40)));
        kafka.produceStrings().fromRecords(events).awaitCompletion();
        // Stock has its own consumer: repeat the (idempotent in effect) stock event until it is seen.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            publishStock(storefront, plain, seller);
            return count("select count(*) from search_stock where storefront_id = $1 and catalogue_item_id = '" + plain
                    + "' and available = 0", storefront) == 1;
        });
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from search_item where storefront_id = $1", storefront) == 3);

        String transaction = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        byte[] search = ("{\"context\":{\"domain\":\"ONDC:RET11\",\"action\":\"search\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\","
                + "\"transaction_id\":\"" + transaction + "\",\"message_id\":\"" + messageId + "\",\"city\":\"std:080\","
                + "\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"},"
                + "\"message\":{\"intent\":{\"item\":{\"descriptor\":{\"name\":\"" + word + "\"}},"
                + "\"fulfillment\":{\"type\":\"Delivery\",\"end\":{\"location\":{\"gps\":\"12.9750,77.6400\"}}}}}}").getBytes(StandardCharsets.UTF_8);
        given().body(search).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, search))
                .post("/search").then().statusCode(200).body("message.ack.status", equalTo("ACK"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !buyerApp.received().isEmpty());
        FakeBuyerApp.Received received = buyerApp.received().get(0);
        JsonNode callback = json.readTree(received.body());
        assertEquals(List.of(), schemas.problems("on_search", callback), "the official on_search schema");
        SignatureHeader header = SignatureHeader.parse(received.authorization()).header().orElseThrow();
        assertTrue(new BecknVerifier(5).verify(header, received.body().getBytes(StandardCharsets.UTF_8),
                Ed25519Keys.publicKey(FakeBuyerApp.PUBLIC_KEY), Instant.now().getEpochSecond()).ok());
        assertEquals(messageId, callback.path("context").path("message_id").asText());
        assertEquals("on_search", callback.path("context").path("action").asText());

        JsonNode providers = callback.path("message").path("catalog").path("bpp/providers");
        assertEquals(1, providers.size());
        JsonNode provider = providers.get(0);
        assertEquals(storefront.toString(), provider.path("id").asText());
        assertEquals(2, provider.path("items").size(), "the coffee does not match");
        JsonNode masalaItem = find(provider.path("items"), masala);
        assertEquals("110.00", masalaItem.path("price").path("value").asText());
        assertEquals("130.00", masalaItem.path("price").path("maximum_value").asText());
        assertEquals("99", masalaItem.path("quantity").path("available").path("count").asText());
        assertEquals("0", find(provider.path("items"), plain).path("quantity").path("available").path("count").asText());
        assertEquals("PT1H", masalaItem.path("@ondc/org/time_to_ship").asText());
        assertEquals("F&B", masalaItem.path("category_id").asText());
    }

    @Test
    void aBuyerOutsideTheRadiusIsNotServed() {
        JsonNode storefront = json.valueToTree(storefront(UUID.randomUUID(), UUID.randomUUID()));
        assertTrue(SearchResponder.serves(storefront, new double[] {12.975, 77.64}));
        assertTrue(!SearchResponder.serves(storefront, new double[] {28.5273, 77.1821}), "Delhi is not within 10 km of Bengaluru");
    }

    private static JsonNode find(JsonNode items, UUID id) {
        for (JsonNode item : items) {
            if (id.toString().equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + items);
    }

    private ProducerRecord<String, String> event(UUID seller, String type, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), seller.toString(),
                TraceContext.newTrace(), json.valueToTree(payload));
        return new ProducerRecord<>("haat.catalogue.events", seller.toString(), codec.toJson(envelope));
    }

    private static Map<String, Object> storefront(UUID seller, UUID storefront) {
        Map<String, Object> slot = Map.of("opening", "08:00:00", "closing", "22:00:00");
        return Map.of("storefront_id", storefront.toString(), "seller_id", seller.toString(), "partner_id", "p1",
                "name", "Asha Stores, Indiranagar", "categories", List.of("F&B"), "status", "LIVE",
                "pickup_details", Map.of("pickup_name", "Asha Stores", "email", "asha@example.in", "pickup_phone", "+919654198036",
                        "pickup_pincode", "560038", "pickup_address", "12, 100 Feet Road", "pickup_city", "Bengaluru",
                        "pickup_state", "Karnataka", "pickup_country", "India", "pickup_lat", 12.9719, "pickup_long", 77.6412),
                "business_hours", Map.of("monday", List.of(slot), "tuesday", List.of(slot), "wednesday", List.of(slot)),
                "serviceability", Map.of("radius", 10));
    }

    private static Map<String, Object> item(UUID seller, UUID storefront, UUID id, String name, int price) {
        return Map.of("catalogue_item_id", id.toString(), "storefront_id", storefront.toString(), "seller_id", seller.toString(),
                "sub_categories", List.of("F&B"),
                "catalogue_item_details", Map.of("name", name, "symbol", "https://cdn.example.in/i.png", "short_description", name,
                        "long_description", name + ", made to order", "images", List.of("https://cdn.example.in/i-1.png"),
                        "subcategory_specific_requirements", Map.of("food_beverages", Map.of("is_vegetarian", true)),
                        "price", Map.of("is_selling_price_exclusive_of_gst", true, "max_retail_price", price + 20, "selling_price", price,
                                "total_tax_rate", 5)),
                "inventory", Map.of("unit_denomination", "GM", "unit_value", 250, "quantity", 100),
                "item_policies", Map.of("returnable", false, "cancellable", true, "cod_availability", true, "time_to_ship", "PT1H",
                        "max_sale_quantity", 10, "min_sale_quantity", 1));
    }

    private void publishStock(UUID storefront, UUID item, UUID seller) {
        String key = storefront + ":" + item;
        kafka.produceStrings().fromRecords(new ProducerRecord<>("haat.inventory.events", key,
                codec.toJson(new EventEnvelope(UUID.randomUUID(), "stock.changed", 1, Instant.now(), key, TraceContext.newTrace(),
                        json.valueToTree(Map.of("storefront_id", storefront, "catalogue_item_id", item, "seller_id", seller,
                                "on_hand", 5, "held", 5, "committed", 0, "available", 0)))))).awaitCompletion();
    }

    private long count(String sql, UUID storefront) {
        return database.preparedQuery(sql).execute(Tuple.of(storefront)).await().indefinitely().iterator().next().getLong(0);
    }
}
