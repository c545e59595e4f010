package in.haat.gateway.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknSigner;
import in.haat.testinfra.TestTopics;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What the discovery tests share: catalogue and stock events as catalogue-service and inventory-service publish
 * them, waiting until the gateway's read model has applied them, and signed searches from the fake buyer app.
 */
final class SearchFixtures {

    static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");

    private final EventCodec codec;
    private final ObjectMapper json;
    private final Pool database;
    private final KafkaCompanion kafka;

    SearchFixtures(EventCodec codec, ObjectMapper json, Pool database, KafkaCompanion kafka) {
        this.codec = codec;
        this.json = json;
        this.database = database;
        this.kafka = kafka;
    }

    /** Publishes the storefront until the read model holds this version (the consumer reads from "now" on). */
    void storefront(Map<String, Object> storefront) {
        UUID seller = UUID.fromString((String) storefront.get("seller_id"));
        String id = (String) storefront.get("storefront_id");
        String name = (String) storefront.get("name");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            kafka.produceStrings().fromRecords(catalogueEvent(seller, "storefront.upserted", storefront)).awaitCompletion();
            return count("select count(*) from search_storefront where storefront_id = $1 and document->>'name' = '"
                    + name.replace("'", "''") + "' and deleted_at is null", UUID.fromString(id)) == 1;
        });
    }

    /** Publishes the items and waits until the read model holds each of them as sent. */
    void items(List<Map<String, Object>> items) {
        kafka.produceStrings().fromRecords(items.stream().map(item -> catalogueEvent(UUID.fromString((String) item.get("seller_id")),
                "catalogue-item.upserted", item)).toList()).awaitCompletion();
        for (Map<String, Object> item : items) {
            String document = json.valueToTree(item).toString();
            await().atMost(Duration.ofSeconds(90)).until(() -> database.preparedQuery("select count(*) from search_item "
                    + "where catalogue_item_id = $1 and document = cast(cast($2 as text) as jsonb) and deleted_at is null")
                    .execute(Tuple.of(UUID.fromString((String) item.get("catalogue_item_id")), document))
                    .await().indefinitely().iterator().next().getLong(0) == 1);
        }
    }

    void itemDeleted(UUID seller, UUID storefront, UUID item) {
        kafka.produceStrings().fromRecords(catalogueEvent(seller, "catalogue-item.deleted", Map.of("storefront_id", storefront.toString(),
                "seller_id", seller.toString(), "catalogue_item_id", item.toString(), "deleted_at", Instant.now().toString()))).awaitCompletion();
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from search_item where catalogue_item_id = $1 "
                + "and deleted_at is not null", item) == 1);
    }

    /** Publishes stock until the read model holds it (stock has its own consumer, also reading from "now" on). */
    void stock(UUID seller, UUID storefront, UUID item, int available) {
        String key = storefront + ":" + item;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of("haat.inventory.events"), key,
                    codec.toJson(new EventEnvelope(UUID.randomUUID(), "stock.changed", 1, Instant.now(), key, TraceContext.newTrace(),
                            json.valueToTree(Map.of("storefront_id", storefront, "catalogue_item_id", item, "seller_id", seller,
                                    "on_hand", available + 5, "held", 5, "committed", 0, "available", available)))))).awaitCompletion();
            return count("select count(*) from search_stock where catalogue_item_id = $1 and available = " + available, item) == 1;
        });
    }

    /** A signed /search from the fake buyer app, which must be ACKed. Answers the search's context. */
    JsonNode search(FakeBuyerApp buyerApp, String domain, String city, String transactionId, String intent) throws Exception {
        String messageId = UUID.randomUUID().toString();
        byte[] search = ("{\"context\":{\"domain\":\"" + domain + "\",\"action\":\"search\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\","
                + "\"transaction_id\":\"" + transactionId + "\",\"message_id\":\"" + messageId + "\",\"city\":\"" + city + "\","
                + "\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"},"
                + "\"message\":{\"intent\":" + intent + "}}").getBytes(StandardCharsets.UTF_8);
        given().body(search).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, search))
                .post("/search").then().statusCode(200).body("message.ack.status", equalTo("ACK"));
        return json.readTree(search).path("context");
    }

    static JsonNode find(JsonNode items, UUID id) {
        for (JsonNode item : items) {
            if (id.toString().equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + items);
    }

    long count(String sql, Object id) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }

    private ProducerRecord<String, String> catalogueEvent(UUID seller, String type, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), seller.toString(),
                TraceContext.newTrace(), json.valueToTree(payload));
        return new ProducerRecord<>(TestTopics.of("haat.catalogue.events"), seller.toString(), codec.toJson(envelope));
    }

    /** A Bengaluru F&B storefront, open 08:00 to 22:00 Monday to Wednesday, delivering within 10 km. */
    static Map<String, Object> storefront(UUID seller, UUID storefront) {
        Map<String, Object> slot = Map.of("opening", "08:00:00", "closing", "22:00:00");
        Map<String, Object> s = new HashMap<>(Map.of("storefront_id", storefront.toString(), "seller_id", seller.toString(), "partner_id", "p1",
                "name", "Asha Stores, Indiranagar", "categories", List.of("F&B"), "status", "LIVE",
                "pickup_details", Map.of("pickup_name", "Asha Stores", "email", "asha@example.in", "pickup_phone", "+919654198036",
                        "pickup_pincode", "560038", "pickup_address", "12, 100 Feet Road", "pickup_city", "Bengaluru",
                        "pickup_state", "Karnataka", "pickup_country", "India", "pickup_lat", 12.9719, "pickup_long", 77.6412),
                "business_hours", Map.of("monday", List.of(slot), "tuesday", List.of(slot), "wednesday", List.of(slot)),
                "serviceability", Map.of("radius", 10)));
        return s;
    }

    static Map<String, Object> item(UUID seller, UUID storefront, UUID id, String name, int price) {
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
}
