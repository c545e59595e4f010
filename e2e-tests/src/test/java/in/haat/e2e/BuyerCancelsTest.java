package in.haat.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.CancelJourney;
import in.haat.buyer.JourneyListener;
import in.haat.buyer.JourneyReport;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ONDC's buyer-side full cancellation end to end, every service a real process: the signed buyer app buys one unit,
 * then sends /cancel before the seller ships; /on_cancel (checked as every callback) cancels the order with its
 * Cancel fulfilment and refunded quote, and inventory-service makes the committed unit available again.
 */
@ExtendWith(OrderSuite.Extension.class)
class BuyerCancelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.2.5"})
    void aBuyerCancelsBeforeShippingAndTheUnitIsAvailableAgain(String version, OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Idli " + UUID.randomUUID().toString().substring(0, 6), 10);

        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new CancelJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }, version).run(shop.itemName(), shop.storefrontId(), "006");
        }

        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        List<String> steps = report.steps().stream().map(JourneyReport.Step::name).toList();
        assertTrue(steps.contains("/cancel -> /on_cancel"), () -> "/cancel missing from " + steps);

        JsonNode order = suite.sellerApi().order(report.orderId()).orElseThrow();
        assertEquals("Cancelled", order.path("state").asText());
        assertEquals("Cancelled", order.path("fulfilment_state").asText());
        // Committed at /confirm, given back by the cancellation: all 10 available again, none committed.
        await().atMost(OrderSuite.PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode stock = suite.stock(shop);
            return stock.path("available").asInt() == 10 && stock.path("committed").asInt() == 0;
        });
        assertEquals(10, suite.stock(shop).path("on_hand").asInt());
    }
}
