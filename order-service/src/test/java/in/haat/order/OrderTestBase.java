package in.haat.order;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.testinfra.EventFedServiceTest;
import in.haat.testinfra.TestEvents;
import in.haat.testinfra.TestTokens;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the order tests share: the events other services publish (catalogue-service's storefronts and items,
 * inventory-service's stock and its answers, the gateway's buyer requests), in their real envelopes on the real broker,
 * and what order-service publishes, read from its outbox (the rows the relay sends).
 */
abstract class OrderTestBase extends EventFedServiceTest {

    static final Duration EVENTUAL = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BUYER_GPS = "12.9750,77.5990";
    private static volatile boolean consumersListening;

    /** A seller's storefront in Bengaluru (10 km radius) owned by a partner. */
    record Shop(String partnerId, UUID sellerId, UUID storefrontId) {
        String token(String... scopes) {
            return TestTokens.partner(partnerId).scopes(scopes).bearer();
        }
    }

    @BeforeEach
    void connect() {
        if (!consumersListening) {
            // Each consumer starts at the end of its topic in tests: publish until each is seen applying events.
            UUID probe = UUID.randomUUID();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                publishStorefront(new Shop("probe", UUID.randomUUID(), probe));
                return count("select count(*) from catalogue_storefront where storefront_id = $1", probe) == 1;
            });
            UUID item = UUID.randomUUID();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                stock(probe, item, 1, System.nanoTime());
                return count("select count(*) from item_stock where catalogue_item_id = $1", item) == 1;
            });
            String txn = "probe-" + UUID.randomUUID();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                buyer("status", txn, JSON.createObjectNode().put("order_id", "none"));
                return count("select count(*) from outbox_event where event_key = $1", txn) > 0;
            });
            consumersListening = true;
        }
    }

    Shop newShop() {
        Shop shop = new Shop("partner-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        publishStorefront(shop);
        await().atMost(EVENTUAL).until(() -> count("select count(*) from catalogue_storefront where storefront_id = $1", shop.storefrontId()) == 1);
        return shop;
    }

    void publishStorefront(Shop shop) {
        publishStorefront(shop, Map.of());
    }

    /** storefront.upserted, with fields catalogue-service may add ({@code holidays}, ...) on top. */
    void publishStorefront(Shop shop, Map<String, Object> extra) {
        Map<String, Object> pickup = new LinkedHashMap<>();
        pickup.put("pickup_name", "Asha Stores");
        pickup.put("email", "ondc@asha.example");
        pickup.put("pickup_phone", "+919654198036");
        pickup.put("pickup_pincode", "560001");
        pickup.put("pickup_address", "12 MG Road");
        pickup.put("pickup_city", "Bengaluru");
        pickup.put("pickup_state", "Karnataka");
        pickup.put("pickup_country", "India");
        pickup.put("pickup_lat", 12.9716);
        pickup.put("pickup_long", 77.5946);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("storefront_id", shop.storefrontId().toString());
        payload.put("seller_id", shop.sellerId().toString());
        payload.put("partner_id", shop.partnerId());
        payload.put("name", "Asha Stores, MG Road");
        payload.put("categories", List.of("Grocery"));
        payload.put("pickup_details", pickup);
        payload.put("billing_details", Map.of(
                "legal_details", Map.of("incorporation_name", "Asha Stores Pvt Ltd", "gstin", "29AAACC1206D1ZM", "pan", "AAACC1206D"),
                "bank_account", Map.of("beneficiary_name", "Asha Stores", "account_number", "123456789012", "ifsc_code", "HDFC0001234",
                        "bank_name", "HDFC Bank")));
        payload.put("fulfilment", "SELF_SHIP");
        payload.put("serviceability", Map.of("radius", 10));
        payload.put("status", "LIVE");
        payload.putAll(extra);
        events.publish(TestEvents.CATALOGUE_TOPIC, "storefront.upserted", shop.sellerId().toString(), payload);
    }

    /** A catalogue item at {@code price} rupees plus 18% GST, with {@code stock} available. */
    UUID newItem(Shop shop, String name, String price, int stock) {
        return newItem(shop, name, price, stock, Map.of());
    }

    /** The same, with price fields catalogue-service may add ({@code taxable_value}, {@code tax_value}) on top. */
    UUID newItem(Shop shop, String name, String price, int stock, Map<String, Object> extraPrice) {
        return newItem(shop, name, price, stock, extraPrice, Map.of("returnable", false, "cancellable", true, "time_to_ship", "PT1H",
                "max_sale_quantity", 10));
    }

    /** The same, with these {@code item_policies}. */
    UUID newItem(Shop shop, String name, String price, int stock, Map<String, Object> extraPrice, Map<String, Object> policies) {
        return newItem(shop, name, price, stock, extraPrice, policies, Map.of());
    }

    /** The same, with more {@code catalogue_item_details} (an {@code hsn_code}). */
    UUID newItem(Shop shop, String name, String price, int stock, Map<String, Object> extraPrice, Map<String, Object> policies,
            Map<String, Object> extraDetails) {
        UUID item = UUID.randomUUID();
        Map<String, Object> priceNode = new LinkedHashMap<>();
        priceNode.put("is_selling_price_exclusive_of_gst", true);
        priceNode.put("max_retail_price", Double.parseDouble(price) + 20);
        priceNode.put("selling_price", Double.parseDouble(price));
        priceNode.put("sgst_tax_rate", 9);
        priceNode.put("cgst_tax_rate", 9);
        priceNode.put("total_tax_rate", 18);
        priceNode.putAll(extraPrice);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("catalogue_item_id", item.toString());
        payload.put("storefront_id", shop.storefrontId().toString());
        payload.put("seller_id", shop.sellerId().toString());
        payload.put("sub_categories", List.of("Grocery"));
        Map<String, Object> details = new LinkedHashMap<>(Map.of("name", name, "price", priceNode));
        details.putAll(extraDetails);
        payload.put("catalogue_item_details", details);
        payload.put("inventory", Map.of("unit_denomination", "GM", "unit_value", 500, "quantity", stock));
        payload.put("item_policies", policies);
        events.publish(TestEvents.CATALOGUE_TOPIC, "catalogue-item.upserted", shop.sellerId().toString(), payload);
        stock(shop.storefrontId(), item, stock, 1);
        await().atMost(EVENTUAL).until(() -> count("select count(*) from catalogue_item i join item_stock s using (storefront_id, catalogue_item_id) "
                + "where catalogue_item_id = $1", item) == 1);
        return item;
    }

    void stock(UUID storefrontId, UUID item, int available, long version) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("storefront_id", storefrontId.toString());
        payload.put("catalogue_item_id", item.toString());
        payload.put("on_hand", available);
        payload.put("held", 0);
        payload.put("committed", 0);
        payload.put("available", available);
        payload.put("cause", "set");
        payload.put("version", version);
        events.publish("haat.inventory.events", "stock.changed", storefrontId + ":" + item, payload);
    }

    /** The gateway's {@code ondc.<action>} for a buyer request. */
    String buyer(String action, String transactionId, JsonNode message) {
        return buyer(action, transactionId, message, "1.2.0", "buyer.test.haat");
    }

    /** The same from buyer app {@code bapId} speaking retail {@code version}. */
    String buyer(String action, String transactionId, JsonNode message, String version, String bapId) {
        EventEnvelope event = buyerEvent(action, transactionId, message, version, bapId);
        events.publishRaw("haat.ondc.requests", transactionId, codec.toJson(event));
        return event.payload().path("context").path("message_id").asText();
    }

    /** The gateway's {@code ondc.<action>} event for a buyer request, not yet published. */
    EventEnvelope buyerEvent(String action, String transactionId, JsonNode message, String version, String bapId) {
        String messageId = UUID.randomUUID().toString();
        ObjectNode context = JSON.createObjectNode();
        context.put("domain", "ONDC:RET10");
        context.put("country", "IND");
        context.put("city", "std:080");
        context.put("action", action);
        context.put("core_version", version);
        context.put("bap_id", bapId);
        context.put("bap_uri", "https://buyer.test.haat/ondc");
        context.put("bpp_id", "haat.localhost");
        context.put("bpp_uri", "http://localhost:8080");
        context.put("transaction_id", transactionId);
        context.put("message_id", messageId);
        context.put("timestamp", Instant.now().toString());
        context.put("ttl", "PT30S");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", action);
        payload.put("context", context);
        payload.put("message", message);
        payload.put("received_at", Instant.now().toString());
        payload.put("log_id", UUID.randomUUID().toString());
        return envelope("ondc." + action, transactionId, payload);
    }

    EventEnvelope envelope(String type, String key, Object payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), key, TraceContext.newTrace(), codec.toPayload(payload));
    }

    /** inventory-service's answer to a stock request. */
    void inventoryAnswers(String type, JsonNode request, List<Map<String, Object>> shortfall) {
        EventEnvelope answer = answerEvent(type, request, shortfall);
        events.publishRaw("haat.inventory.events", answer.key(), codec.toJson(answer));
    }

    /** inventory-service's answer to a stock request, not yet published. */
    EventEnvelope answerEvent(String type, JsonNode request, List<Map<String, Object>> shortfall) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reference", request.path("reference").asText());
        payload.put("hold_reference", request.path("reference").asText());
        payload.put("storefront_id", request.path("storefront_id").asText());
        payload.put("transaction_id", request.path("transaction_id").asText());
        payload.put("order_id", request.path("order_id").isTextual() ? request.path("order_id").asText() : null);
        payload.put("expires_at", Instant.now().plusSeconds(900).toString());
        payload.put("shortfall", shortfall);
        return envelope(type, request.path("reference").asText(), payload);
    }

    /** The payloads order-service published (through its outbox) on a topic under a key, of a type, in order. */
    List<JsonNode> published(String topic, String key, String type) {
        List<JsonNode> payloads = new ArrayList<>();
        for (Row row : database.preparedQuery("select envelope from outbox_event where topic = $1 and event_key = $2 and event_type = $3 order by id")
                .execute(Tuple.of(topic, key, type)).await().indefinitely()) {
            payloads.add(read(row.getString(0)).path("payload"));
        }
        return payloads;
    }

    /** The n-th ondc.result of a transaction (1-based), once it is there. */
    JsonNode result(String transactionId, int n) {
        await().atMost(EVENTUAL).until(() -> published("haat.ondc.responses", transactionId, "ondc.result").size() >= n);
        return published("haat.ondc.responses", transactionId, "ondc.result").get(n - 1);
    }

    /** The n-th stock request under a transaction's hold references (1-based), once it is there. */
    JsonNode stockRequest(String transactionId, String type, int n) {
        String sql = "select envelope from outbox_event where topic = 'haat.order.events' and event_type = $1 "
                + "and envelope::jsonb->'payload'->>'transaction_id' = $2 order by id";
        await().atMost(EVENTUAL).until(() -> database.preparedQuery(sql).execute(Tuple.of(type, transactionId)).await().indefinitely().size() >= n);
        List<JsonNode> rows = new ArrayList<>();
        database.preparedQuery(sql).execute(Tuple.of(type, transactionId)).await().indefinitely().forEach(r -> rows.add(read(r.getString(0)).path("payload")));
        return rows.get(n - 1);
    }

    /** The callback body the gateway would build from a result: our context around the message (and error). */
    static ObjectNode callback(JsonNode result) {
        return callback(result, "1.2.0");
    }

    /** The same in retail {@code version}. */
    static ObjectNode callback(JsonNode result, String version) {
        ObjectNode context = JSON.createObjectNode();
        context.put("domain", "ONDC:RET10");
        context.put("country", "IND");
        context.put("city", "std:080");
        context.put("action", result.path("action").asText());
        context.put("core_version", version);
        context.put("bap_id", "buyer.test.haat");
        context.put("bap_uri", "https://buyer.test.haat/ondc");
        context.put("bpp_id", "haat.localhost");
        context.put("bpp_uri", "http://localhost:8080");
        context.put("transaction_id", result.path("transaction_id").asText());
        context.put("message_id", result.path("request_message_id").asText(UUID.randomUUID().toString()));
        context.put("timestamp", Instant.now().toString());
        context.put("ttl", "PT30S");
        ObjectNode body = JSON.createObjectNode();
        body.set("context", context);
        body.set("message", result.path("message"));
        if (result.hasNonNull("error")) {
            body.set("error", result.path("error"));
        }
        return body;
    }

    /** A /select (or /init) order for these items (id, count pairs). */
    static ObjectNode cart(Shop shop, Object... itemsAndCounts) {
        ObjectNode order = JSON.createObjectNode();
        ObjectNode provider = order.putObject("provider");
        provider.put("id", shop.storefrontId().toString());
        provider.putArray("locations").addObject().put("id", "L-" + shop.storefrontId());
        ArrayNode items = order.putArray("items");
        for (int i = 0; i < itemsAndCounts.length; i += 2) {
            ObjectNode item = items.addObject();
            item.put("id", itemsAndCounts[i].toString());
            item.put("location_id", "L-" + shop.storefrontId());
            item.putObject("quantity").put("count", (Integer) itemsAndCounts[i + 1]);
        }
        ObjectNode end = order.putArray("fulfillments").addObject().putObject("end");
        end.putObject("location").put("gps", BUYER_GPS).putObject("address").put("area_code", "560001");
        return order;
    }

    long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely().iterator().next().getLong(0);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
