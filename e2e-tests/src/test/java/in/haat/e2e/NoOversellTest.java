package in.haat.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.CheckedCallback;
import in.haat.buyer.OrderMessages;
import in.haat.buyer.Sent;
import in.haat.buyer.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 200 buyers at once for an item with 100 in stock: exactly 100 orders are accepted, every other buyer is told
 * 40002 (out of stock) at /on_select, /on_init or /on_confirm, and the stock ends at 0 available, 100 committed.
 */
@ExtendWith(OrderSuite.Extension.class)
class NoOversellTest {

    private static final int BUYERS = 200;
    private static final int STOCK = 100;

    @Test
    void twoHundredBuyersOneHundredInStock(OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Filter Coffee " + UUID.randomUUID().toString().substring(0, 6), STOCK);
        String locationId = "L-" + shop.storefrontId();

        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<String> orders = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        try (BuyerApp buyer = suite.buyerApp(); ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> flows = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                flows.add(buyers.submit(() -> {
                    start.await();
                    String outcome = buy(buyer, shop, locationId, orders, problems);
                    outcomes.merge(outcome, 1, Integer::sum);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> flow : flows) {
                flow.get();
            }
        }

        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s), first: " + problems.stream().limit(10).toList());
        assertEquals(Map.of("accepted", STOCK, "40002", BUYERS - STOCK), Map.copyOf(outcomes));
        await().atMost(OrderSuite.PATIENCE).untilAsserted(() -> {
            JsonNode stock = suite.stock(shop);
            assertEquals(0, stock.path("available").asInt(), () -> "stock " + stock);
            assertEquals(STOCK, stock.path("committed").asInt(), () -> "stock " + stock);
            assertEquals(0, stock.path("held").asInt(), () -> "stock " + stock);
        });
        JsonNode listed = suite.sellerApi().list("storefront_id=" + shop.storefrontId() + "&limit=500").body();
        assertEquals(STOCK, listed.path("items").size(), () -> "GET /api/orders lists " + listed.path("items").size());
        for (String orderId : orders) {
            assertTrue(suite.sellerApi().order(orderId).isPresent(), () -> orderId + " unknown to the seller");
        }
    }

    /** One buyer's select, init and confirm of one unit: "accepted", "40002", or a problem (recorded). */
    private static String buy(BuyerApp buyer, OrderSuite.Shop shop, String locationId, List<String> orders,
            ConcurrentLinkedQueue<String> problems) throws Exception {
        Transaction transaction = buyer.transaction();
        CheckedCallback onSelect = step(buyer, transaction, "select",
                OrderMessages.select(shop.storefrontId(), locationId, shop.itemId(), 1), problems);
        if (onSelect == null || onSelect.callback().hasError()) {
            return verdict(onSelect, problems);
        }
        CheckedCallback onInit = step(buyer, transaction, "init", OrderMessages.init(onSelect.callback().order(), 1, Instant.now()), problems);
        if (onInit == null || onInit.callback().hasError()) {
            return verdict(onInit, problems);
        }
        String orderId = "O-" + UUID.randomUUID();
        CheckedCallback onConfirm = step(buyer, transaction, "confirm", OrderMessages.confirm(orderId, onInit.callback().order(), Instant.now()), problems);
        if (onConfirm == null || onConfirm.callback().hasError()) {
            return verdict(onConfirm, problems);
        }
        String state = onConfirm.callback().order().path("state").asText();
        if (!List.of("Created", "Accepted").contains(state)) {
            problems.add(orderId + ": /on_confirm state " + state);
            return "problem";
        }
        orders.add(orderId);
        return "accepted";
    }

    private static CheckedCallback step(BuyerApp buyer, Transaction transaction, String action, JsonNode message,
            ConcurrentLinkedQueue<String> problems) throws InterruptedException {
        Sent sent = buyer.send(transaction, action, message);
        if (!sent.acked()) {
            problems.add("/" + action + " not ACKed: " + sent.status() + " " + sent.answer());
            return null;
        }
        CheckedCallback callback = buyer.awaitReply(transaction, sent, OrderSuite.PATIENCE).orElse(null);
        if (callback == null) {
            problems.add("no /on_" + action + " within " + OrderSuite.PATIENCE);
        } else if (!callback.passed()) {
            problems.add("/on_" + action + ": " + callback.failures());
        }
        return callback;
    }

    private static String verdict(CheckedCallback callback, ConcurrentLinkedQueue<String> problems) {
        if (callback == null) {
            return "problem";
        }
        String code = callback.callback().error().path("code").asText();
        if (!"40002".equals(code)) {
            problems.add("/" + callback.callback().action() + " error " + callback.callback().error());
        }
        return code;
    }
}
