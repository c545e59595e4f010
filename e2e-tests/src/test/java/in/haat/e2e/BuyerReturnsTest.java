package in.haat.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.JourneyListener;
import in.haat.buyer.JourneyReport;
import in.haat.buyer.ReturnJourney;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ONDC's buyer-initiated return end to end, every service a real process: a returnable unit bought and delivered,
 * returned (/update), approved, picked up and delivered back by the seller, each callback checked; the unit is on hand
 * again in inventory-service and the order stays Completed.
 */
@ExtendWith(OrderSuite.Extension.class)
class BuyerReturnsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void aDeliveredUnitIsReturnedAndOnHandAgain(String version, OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Upma " + UUID.randomUUID().toString().substring(0, 6), 10, true);

        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new ReturnJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }, version).run(shop.itemName(), shop.storefrontId());
        }

        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        JsonNode order = suite.sellerApi().order(report.orderId()).orElseThrow();
        assertEquals("Completed", order.path("state").asText());
        assertEquals("0.00", order.path("total").asText(), "the one unit refunded (delivery was free)");
        // Shipped (9 on hand), then delivered back: 10 on hand and available.
        await().atMost(OrderSuite.PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode stock = suite.stock(shop);
            return stock.path("on_hand").asInt() == 10 && stock.path("available").asInt() == 10;
        });
        assertEquals(0, suite.stock(shop).path("committed").asInt());
    }
}
