package in.haat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.CheckedCallback;
import in.haat.buyer.OrderMessages;
import in.haat.buyer.Sent;
import in.haat.buyer.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * order-service is killed (the process destroyed, no shutdown) the moment the gateway has ACKed a /confirm, before it
 * can answer; after a restart the order completes: the /on_confirm arrives, checked like any other, once, and the order
 * exists once with its stock committed.
 */
@ExtendWith(OrderSuite.Extension.class)
class OrderServiceCrashTest {

    @Test
    void aConfirmSurvivesACrashOfOrderService(OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Rava Kesari " + UUID.randomUUID().toString().substring(0, 6), 5);
        String orderId = "O-" + UUID.randomUUID();

        try (BuyerApp buyer = suite.buyerApp()) {
            Transaction transaction = buyer.transaction();
            CheckedCallback onSelect = reply(buyer, transaction, buyer.send(transaction, "select",
                    OrderMessages.select(shop.storefrontId(), "L-" + shop.storefrontId(), shop.itemId(), 2)));
            CheckedCallback onInit = reply(buyer, transaction, buyer.send(transaction, "init",
                    OrderMessages.init(onSelect.callback().order(), 2, Instant.now())));

            Sent confirm = buyer.send(transaction, "confirm", OrderMessages.confirm(orderId, onInit.callback().order(), Instant.now()));
            assertTrue(confirm.acked(), () -> "/confirm: " + confirm.status() + " " + confirm.answer());
            suite.crashOrderService();
            boolean answeredBeforeCrash = !buyer.callbacks().all(c -> c.transactionId().equals(transaction.id())
                    && c.action().equals("on_confirm")).isEmpty();
            assertFalse(answeredBeforeCrash, "order-service answered before it was killed: the test proves nothing; make it faster");
            suite.restartOrderService();

            CheckedCallback onConfirm = reply(buyer, transaction, confirm);
            assertEquals(orderId, onConfirm.callback().order().path("id").asText());
            // No second /on_confirm may follow: wait until nothing that could send one is still in flight.
            suite.awaitSettled();
            assertEquals(1, buyer.callbacks().all(c -> c.transactionId().equals(transaction.id()) && c.action().equals("on_confirm")).size(),
                    "exactly one /on_confirm");
        }
        JsonNode order = suite.sellerApi().order(orderId).orElseThrow();
        assertEquals(orderId, order.path("id").asText());
        JsonNode listed = suite.sellerApi().list("storefront_id=" + shop.storefrontId()).body();
        assertEquals(1, listed.path("items").size(), () -> "orders of the storefront: " + listed);
        JsonNode stock = suite.stock(shop);
        assertEquals(2, stock.path("committed").asInt(), () -> "stock " + stock);
        assertEquals(3, stock.path("available").asInt(), () -> "stock " + stock);
    }

    private static CheckedCallback reply(BuyerApp buyer, Transaction transaction, Sent sent) throws InterruptedException {
        assertTrue(sent.acked(), () -> "/" + sent.action() + ": " + sent.status() + " " + sent.answer());
        CheckedCallback callback = buyer.awaitReply(transaction, sent, OrderSuite.PATIENCE.plus(Duration.ofSeconds(60)))
                .orElseThrow(() -> new AssertionError("no /on_" + sent.action()));
        assertTrue(callback.passed(), () -> "/on_" + sent.action() + ": " + callback.failures());
        assertFalse(callback.callback().hasError(), () -> "/on_" + sent.action() + ": " + callback.callback().error());
        return callback;
    }
}
