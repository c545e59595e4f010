package in.haat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.BuyerJourney;
import in.haat.buyer.JourneyListener;
import in.haat.buyer.JourneyReport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ONDC seller flow 1 end to end, every service a real process: the signed buyer app searches, selects, inits, confirms
 * and asks for status; the seller (a real token from auth-service) accepts if asked, packs, hands over, ships, sends
 * out and delivers; every callback is checked against the official schema, the seller's signature, ids, timestamps
 * and quote arithmetic.
 */
@ExtendWith(OrderSuite.Extension.class)
class BuyerJourneyTest {

    @Test
    void aBuyerBuysAndTheSellerDelivers(OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Masala Dosa " + UUID.randomUUID().toString().substring(0, 6), 10);

        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new BuyerJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }).run(shop.itemName(), shop.storefrontId());
        }

        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        List<String> steps = report.steps().stream().map(JourneyReport.Step::name).toList();
        for (String expected : List.of("/search -> /on_search", "/select -> /on_select", "/init -> /on_init", "/confirm -> /on_confirm",
                "/status -> /on_status", "seller pack -> /on_status Packed", "seller ship -> /on_status Order-picked-up",
                "seller deliver -> /on_status Order-delivered", "/track -> /on_track")) {
            assertTrue(steps.contains(expected), () -> expected + " missing from " + steps);
        }

        JsonNode order = suite.sellerApi().order(report.orderId()).orElseThrow();
        assertEquals("Completed", order.path("state").asText());
        assertEquals("Order-delivered", order.path("fulfilment_state").asText());
        assertTrue(order.path("history").size() >= 6, () -> "history " + order.path("history"));
        // Shipped: the unit left the shelf, so it is neither on hand nor committed any more.
        JsonNode stock = suite.stock(shop);
        assertEquals(9, stock.path("on_hand").asInt(), () -> "stock " + stock);
        assertEquals(0, stock.path("committed").asInt(), () -> "stock " + stock);
        assertEquals(9, stock.path("available").asInt(), () -> "stock " + stock);
    }
}
