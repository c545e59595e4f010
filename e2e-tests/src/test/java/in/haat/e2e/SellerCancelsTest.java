package in.haat.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.JourneyListener;
import in.haat.buyer.JourneyReport;
import in.haat.buyer.SellerCancelJourney;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ONDC's merchant-side reject, part-cancel and RTO end to end, every service a real process: the signed buyer app buys, the
 * seller cancels part of the order (unsolicited /on_update, then the buyer's refund /update answered) or returns it to
 * origin (unsolicited /on_cancel, then /on_status RTO-Delivered), every callback checked; inventory-service ends with
 * the stock each flow must leave.
 */
@ExtendWith(OrderSuite.Extension.class)
class SellerCancelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void theSellerPartCancelsAUnitAndItIsAvailableAgain(String version, OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Poha " + UUID.randomUUID().toString().substring(0, 6), 10);

        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new SellerCancelJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }, version).partCancel(shop.itemName(), shop.storefrontId());
        }

        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        JsonNode order = suite.sellerApi().order(report.orderId()).orElseThrow();
        assertEquals("In-progress", order.path("state").asText());
        assertEquals("Packed", order.path("fulfilment_state").asText());
        // 2 committed at /confirm, 1 given back by the part-cancel: 9 available, 1 committed, 10 on hand.
        await().atMost(OrderSuite.PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode stock = suite.stock(shop);
            return stock.path("available").asInt() == 9 && stock.path("committed").asInt() == 1;
        });
        assertEquals(10, suite.stock(shop).path("on_hand").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.5"})
    void anOrderReturnedToOriginIsOnHandAgain(String version, OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Rava " + UUID.randomUUID().toString().substring(0, 6), 10);

        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new SellerCancelJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }, version).rto(shop.itemName(), shop.storefrontId());
        }

        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        JsonNode order = suite.sellerApi().order(report.orderId()).orElseThrow();
        assertEquals("Cancelled", order.path("state").asText());
        // Shipped (on hand 9), then back in the store: 10 on hand and available, none committed.
        await().atMost(OrderSuite.PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode stock = suite.stock(shop);
            return stock.path("on_hand").asInt() == 10 && stock.path("available").asInt() == 10;
        });
        assertEquals(0, suite.stock(shop).path("committed").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void theSellersRejectCancelsTheWholeOrderAndItsStockIsAvailableAgain(String version, OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Upma " + UUID.randomUUID().toString().substring(0, 6), 10);

        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new SellerCancelJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }, version).reject(shop.itemName(), shop.storefrontId());
        }

        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        JsonNode order = suite.sellerApi().order(report.orderId()).orElseThrow();
        assertEquals("Cancelled", order.path("state").asText());
        assertEquals("Cancelled", order.path("fulfilment_state").asText());
        // 1 committed at /confirm, given back by the reject: 10 available, none committed, 10 on hand.
        await().atMost(OrderSuite.PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode stock = suite.stock(shop);
            return stock.path("available").asInt() == 10 && stock.path("committed").asInt() == 0;
        });
        assertEquals(10, suite.stock(shop).path("on_hand").asInt());
    }
}
