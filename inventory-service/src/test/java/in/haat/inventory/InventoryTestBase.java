package in.haat.inventory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import in.haat.events.EventEnvelope;
import in.haat.testinfra.EventFedServiceTest;
import in.haat.testinfra.TestEvents;
import in.haat.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the inventory tests share: catalogue-service's events published as it would publish them (storefronts and
 * catalogue items, keyed by seller id), a wait until inventory-service applied them, tokens, and stock read
 * straight from the database.
 */
abstract class InventoryTestBase extends EventFedServiceTest {

    static final Duration EVENTUAL = Duration.ofSeconds(30);
    static final String READ = "inventory:read";
    static final String WRITE = "inventory:write";
    /** The consumer starts at the end of the topic in tests: until it is seen listening, events could be missed. */
    private static volatile boolean consumerListening;

    /** A storefront of a seller owned by a partner, as the tests use it. */
    record Shop(String partnerId, UUID sellerId, UUID storefrontId) {
        String token(String... scopes) {
            return TestTokens.partner(partnerId).scopes(scopes).bearer();
        }

        String base() {
            return "/api/storefronts/" + storefrontId;
        }

        String item(UUID itemId) {
            return base() + "/catalogue/" + itemId + "/inventory";
        }
    }

    @BeforeEach
    void connect() {
        awaitConsumerListening();
    }

    private void awaitConsumerListening() {
        if (consumerListening) {
            return;
        }
        UUID probe = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            // Published again each round: one sent before the consumer had its partitions is never read.
            publishStorefront(probe, UUID.randomUUID(), "probe");
            return count("select count(*) from storefront where storefront_id = $1", probe) == 1;
        });
        consumerListening = true;
    }

    /** A new partner, seller and storefront, known to inventory-service when this returns. */
    Shop newShop() {
        Shop shop = new Shop("partner-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        publishStorefront(shop.storefrontId(), shop.sellerId(), shop.partnerId());
        await().atMost(EVENTUAL).until(() -> count("select count(*) from storefront where storefront_id = $1",
                shop.storefrontId()) == 1);
        return shop;
    }

    EventEnvelope publishStorefront(UUID storefrontId, UUID sellerId, String partnerId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("storefront_id", storefrontId.toString());
        payload.put("seller_id", sellerId.toString());
        payload.put("partner_id", partnerId);
        payload.put("name", "Asha Stores, Indiranagar");
        payload.put("categories", List.of("RET10"));
        payload.put("pickup_location", Map.of("gps", "12.9716,77.5946", "address", Map.of("pincode", "560038")));
        payload.put("status", "LIVE");
        return events.publish(TestEvents.CATALOGUE_TOPIC, "storefront.upserted", sellerId.toString(), payload);
    }

    /** catalogue-item.upserted with Setu's inventory object; waits until the stock row exists. */
    UUID newItem(Shop shop, String unitDenomination, int unitValue, Integer quantity) {
        UUID item = UUID.randomUUID();
        publishItem(shop, item, unitDenomination, unitValue, quantity);
        awaitItem(shop, item);
        return item;
    }

    UUID newItem(Shop shop, int onHand) {
        UUID item = newItem(shop, "GM", 300, null);
        if (onHand > 0) {
            given().header("Authorization", shop.token(WRITE)).contentType(ContentType.JSON)
                    .body(Map.of("quantity", onHand)).put(shop.item(item)).then().statusCode(200);
        }
        return item;
    }

    EventEnvelope publishItem(Shop shop, UUID item, String unitDenomination, int unitValue, Integer quantity) {
        Map<String, Object> inventory = new LinkedHashMap<>();
        inventory.put("unit_denomination", unitDenomination);
        inventory.put("unit_value", unitValue);
        if (quantity != null) {
            inventory.put("quantity", quantity);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("storefront_id", shop.storefrontId().toString());
        payload.put("seller_id", shop.sellerId().toString());
        payload.put("catalogue_item_id", item.toString());
        payload.put("sub_categories", List.of("F&B"));
        payload.put("catalogue_item_details", Map.of("name", "Toor Dal 300 g"));
        payload.put("price", Map.of("max_retail_price", 130, "selling_price", 110));
        payload.put("inventory", inventory);
        payload.put("updated_at", Instant.now().toString());
        return events.publish(TestEvents.CATALOGUE_TOPIC, "catalogue-item.upserted", shop.sellerId().toString(), payload);
    }

    void awaitItem(Shop shop, UUID item) {
        await().atMost(EVENTUAL).until(() -> count(
                "select count(*) from stock_level where storefront_id = $1 and catalogue_item_id = $2",
                shop.storefrontId(), item) == 1);
    }

    RequestSpecification as(Shop shop, String... scopes) {
        return given().header("Authorization", shop.token(scopes)).contentType(ContentType.JSON);
    }

    /** on_hand, held, committed, available of an item, straight from the database. */
    int[] quantities(Shop shop, UUID item) {
        RowIterator<Row> rows = database.preparedQuery("select on_hand, held, committed, available from stock_level "
                        + "where storefront_id = $1 and catalogue_item_id = $2")
                .execute(Tuple.of(shop.storefrontId(), item)).await().indefinitely().iterator();
        Row row = rows.next();
        return new int[] {row.getInteger(0), row.getInteger(1), row.getInteger(2), row.getInteger(3)};
    }

    long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(List.of(parameters))).await().indefinitely()
                .iterator().next().getLong(0);
    }
}
