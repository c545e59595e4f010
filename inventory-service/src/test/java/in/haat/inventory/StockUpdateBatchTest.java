package in.haat.inventory;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventEnvelope;
import in.haat.testinfra.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Single changes applied together (StockUpdateBatches): sets and adjustments of one item mixed in one batch apply in
 * arrival order with one stock.changed each, in version order; a storefront deleted since its owner was last read
 * answers 404 and changes nothing.
 */
@QuarkusTest
class StockUpdateBatchTest extends InventoryTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", token).header("Content-Type", "application/json");
    }

    /** The versions of an item's stock.changed events in outbox order, and the on hand each announced. */
    private List<long[]> announced(Shop shop, UUID item) throws Exception {
        List<long[]> states = new ArrayList<>();
        for (Row row : database.preparedQuery("select envelope from outbox_event where event_key = $1 order by id")
                .execute(Tuple.of(shop.storefrontId() + ":" + item)).await().indefinitely()) {
            JsonNode payload = JSON.readTree(row.getString(0)).get("payload");
            states.add(new long[] {payload.get("version").asLong(), payload.get("on_hand").asLong()});
        }
        return states;
    }

    @Test
    void setsAndAdjustmentsOfOneItemTogetherApplyOnceEachInOrder() throws Exception {
        Shop shop = newShop();
        UUID item = newItem(shop, 100);
        UUID other = newItem(shop, 100);
        String token = shop.token(WRITE);
        // Sent all at once: many land in the same batch, several of them on the same item (rounds of one statement).
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            HttpRequest request = i % 3 == 0
                    ? request(shop.item(other), token).PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\": " + (200 + i) + "}")).build()
                    : request(shop.item(item) + "/adjustments", token)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"delta\": 2, \"reason\": \"received\"}")).build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        sent.forEach(answer -> assertEquals(200, answer.join().statusCode(), answer.join().body()));
        assertArrayEquals(new int[] {100 + 40 * 2, 0, 0, 180}, quantities(shop, item));

        List<long[]> states = announced(shop, item);
        assertEquals(2 + 40, states.size(), "one stock.changed per change, one for the first set, one for the new item");
        for (int i = 1; i < states.size(); i++) {
            assertEquals(states.get(i - 1)[0] + 1, states.get(i)[0], "versions one by one, in outbox order");
        }
        for (int i = 2; i < states.size(); i++) {
            assertEquals(states.get(i - 1)[1] + 2, states.get(i)[1], "each adjustment announced with the on hand after it");
        }
        assertEquals(2 + 20, announced(shop, other).size());
    }

    @Test
    void aRefusalInTheMiddleOfABatchIsItsOwnAndTheNextChangeSeesTheStockBeforeIt() {
        Shop shop = newShop();
        UUID item = newItem(shop, 5);
        String token = shop.token(WRITE);
        // 20 takes of one unit at once against 5 on hand: exactly 5 succeed, whatever the batches.
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(http.sendAsync(request(shop.item(item) + "/adjustments", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"delta\": -1, \"reason\": \"sold\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = sent.stream().map(answer -> answer.join().statusCode()).toList();
        assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertArrayEquals(new int[] {0, 0, 0, 0}, quantities(shop, item));
        assertEquals(2 + 5, count("select count(*) from outbox_event where event_key = $1", shop.storefrontId() + ":" + item));
    }

    @Test
    void aStorefrontDeletedSinceItsOwnerWasReadAnswers404AndChangesNothing() {
        Shop shop = newShop();
        UUID item = newItem(shop, 7);
        // The owner is now remembered (the PUT of newItem, and this one).
        as(shop, WRITE).body(Map.of("quantity", 8)).put(shop.item(item)).then().statusCode(200).body("on_hand", equalTo(8));
        EventEnvelope deleted = events.publish(TestEvents.CATALOGUE_TOPIC, "storefront.deleted", shop.sellerId().toString(),
                Map.of("storefront_id", shop.storefrontId().toString(), "seller_id", shop.sellerId().toString()));
        await().atMost(EVENTUAL).until(() -> count("select count(*) from processed_event where event_id = $1", deleted.id()) == 1);
        long events = count("select count(*) from outbox_event where event_key = $1", shop.storefrontId() + ":" + item);
        as(shop, WRITE).body(Map.of("quantity", 1)).put(shop.item(item)).then().statusCode(404);
        as(shop, WRITE).body(Map.of("delta", 1, "reason", "found")).post(shop.item(item) + "/adjustments").then().statusCode(404);
        assertArrayEquals(new int[] {8, 0, 0, 8}, quantities(shop, item));
        assertEquals(events, count("select count(*) from outbox_event where event_key = $1", shop.storefrontId() + ":" + item));
    }

    @Test
    void anotherTenantIsStill404WhenTheOwnerIsRemembered() {
        Shop shop = newShop();
        UUID item = newItem(shop, 3);
        Shop stranger = new Shop("partner-" + UUID.randomUUID(), UUID.randomUUID(), shop.storefrontId());
        as(stranger, WRITE).body(Map.of("quantity", 1)).put(shop.item(item)).then().statusCode(404);
        as(stranger, WRITE).body(Map.of("delta", 1, "reason", "x")).post(shop.item(item) + "/adjustments").then().statusCode(404);
        assertArrayEquals(new int[] {3, 0, 0, 3}, quantities(shop, item));
    }
}
