package in.haat.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once on one item: every change is counted exactly once, holds never take more than is
 * available, and available is never below zero at any moment (watched while the requests run).
 */
@QuarkusTest
class StockConcurrencyTest extends InventoryTestBase {

    private static final int PARALLEL = 200;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Sends all requests at once and answers their statuses in request order. */
    private List<Integer> allAtOnce(int n, IntFunction<HttpRequest> request) {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", token).header("Content-Type", "application/json");
    }

    /** Polls available while the test runs and remembers whether it ever saw it below zero. */
    private AutoCloseableWatch watchAvailable(Shop shop, UUID item) {
        AtomicBoolean negative = new AtomicBoolean();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleAtFixedRate(() -> {
            if (quantities(shop, item)[3] < 0) {
                negative.set(true);
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        return new AutoCloseableWatch(poller, negative);
    }

    private record AutoCloseableWatch(ScheduledExecutorService poller, AtomicBoolean negative) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            poller.shutdownNow();
            poller.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void parallelDeltasAreNeverLost() {
        Shop shop = newShop();
        UUID item = newItem(shop, 1000);
        String token = shop.token(WRITE);
        // Half add 3, half take 1: every lost update would show in the total.
        List<Integer> statuses = allAtOnce(PARALLEL, i -> request(shop.item(item) + "/adjustments", token)
                .POST(HttpRequest.BodyPublishers.ofString(i % 2 == 0
                        ? "{\"delta\": 3, \"reason\": \"received\"}"
                        : "{\"delta\": -1, \"reason\": \"sold offline\"}")).build());
        assertTrue(statuses.stream().allMatch(s -> s == 200), "every adjustment succeeds: " + statuses);
        assertArrayEquals(new int[] {1000 + 100 * 3 - 100, 0, 0, 1200}, quantities(shop, item));
        assertEquals(2 + PARALLEL, count("select count(*) from outbox_event where event_key = $1",
                shop.storefrontId() + ":" + item), "one stock.changed per change, one for the first set, one for the new item");
    }

    @Test
    void parallelSetsAreEachAnsweredAndAnnouncedOnceAndARefusalStaysItsOwn() {
        Shop shop = newShop();
        List<UUID> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(newItem(shop, 10));
        }
        String token = shop.token(WRITE);
        // Updates arriving together share a transaction (StockUpdateBatches): every 10th is refused (409) on its own.
        int n = 80;
        List<Integer> statuses = allAtOnce(n, i -> request(shop.item(items.get(i % 8)), token)
                .PUT(HttpRequest.BodyPublishers.ofString(i % 10 == 9 ? "{\"quantity\": 5, \"expected_on_hand\": 999}"
                        : "{\"quantity\": " + (100 + i) + "}")).build());
        for (int i = 0; i < n; i++) {
            assertEquals(i % 10 == 9 ? 409 : 200, statuses.get(i), "update " + i + ": " + statuses);
        }
        for (int k = 0; k < items.size(); k++) {
            int item = k;
            List<Integer> sent = java.util.stream.IntStream.range(0, n).filter(i -> i % 8 == item && i % 10 != 9)
                    .mapToObj(i -> 100 + i).toList();
            assertTrue(sent.contains(quantities(shop, items.get(k))[0]), "on hand is one of the quantities sent");
            assertEquals(2 + sent.size(), count("select count(*) from outbox_event where event_key = $1",
                    shop.storefrontId() + ":" + items.get(k)), "one stock.changed per applied update");
        }
    }

    @Test
    void parallelTakesStopExactlyAtZero() throws Exception {
        Shop shop = newShop();
        UUID item = newItem(shop, 50);
        String token = shop.token(WRITE);
        try (AutoCloseableWatch watch = watchAvailable(shop, item)) {
            List<Integer> statuses = allAtOnce(PARALLEL, i -> request(shop.item(item) + "/adjustments", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"delta\": -1, \"reason\": \"sold offline\"}")).build());
            assertEquals(50, statuses.stream().filter(s -> s == 200).count(), "exactly the stock there was: " + statuses);
            assertEquals(150, statuses.stream().filter(s -> s == 409).count());
            assertEquals(false, watch.negative().get(), "available was never negative");
        }
        assertArrayEquals(new int[] {0, 0, 0, 0}, quantities(shop, item));
    }

    @Test
    void parallelHoldsAgainstLimitedStockTakeExactlyWhatIsThere() throws Exception {
        Shop shop = newShop();
        UUID item = newItem(shop, 50);
        UUID other = newItem(shop, 1000);
        String token = shop.token(WRITE);
        String holds = shop.base() + "/inventory/holds";
        try (AutoCloseableWatch watch = watchAvailable(shop, item)) {
            List<Integer> statuses = allAtOnce(PARALLEL, i -> request(holds, token).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"reference\": \"order-%d\", \"items\": [{\"catalogue_item_id\": \"%s\", \"quantity\": 1}, "
                            .formatted(i, item)
                            + "{\"catalogue_item_id\": \"%s\", \"quantity\": 2}]}".formatted(other))).build());
            assertEquals(50, statuses.stream().filter(s -> s == 201).count(), "holds that got stock: " + statuses);
            assertEquals(150, statuses.stream().filter(s -> s == 409).count());
            assertEquals(false, watch.negative().get(), "available was never negative");
        }
        assertArrayEquals(new int[] {50, 50, 0, 0}, quantities(shop, item));
        // All or nothing: the 150 refused holds took none of the other item either.
        assertArrayEquals(new int[] {1000, 100, 0, 900}, quantities(shop, other));
        assertEquals(50, count("select count(*) from stock_hold where storefront_id = $1 and status = 'held'", shop.storefrontId()));
    }

    @Test
    void theSameReferenceSentManyTimesAtOnceHoldsOnce() {
        Shop shop = newShop();
        UUID item = newItem(shop, 100);
        String token = shop.token(WRITE);
        String body = "{\"reference\": \"order-twice\", \"items\": [{\"catalogue_item_id\": \"%s\", \"quantity\": 7}]}".formatted(item);
        List<Integer> statuses = allAtOnce(50, i -> request(shop.base() + "/inventory/holds", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertArrayEquals(new int[] {100, 7, 0, 93}, quantities(shop, item));
    }

    @Test
    void parallelCommitsAndReleasesOfOneHoldApplyOnlyOnce() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        String token = shop.token(WRITE);
        as(shop, WRITE).body(Map.of("reference", "order-race", "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 4))))
                .post(shop.base() + "/inventory/holds").then().statusCode(201);
        String hold = shop.base() + "/inventory/holds/order-race/";
        List<Integer> statuses = allAtOnce(40, i -> request(hold + (i % 2 == 0 ? "commit" : "release"), token)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        int[] after = quantities(shop, item);
        if (after[2] == 4) {
            // The commit won: every commit answers 200, every release 409.
            assertArrayEquals(new int[] {10, 0, 4, 6}, after);
            assertEquals(20, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } else {
            assertArrayEquals(new int[] {10, 0, 0, 10}, after);
            assertEquals(20, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
    }
}
