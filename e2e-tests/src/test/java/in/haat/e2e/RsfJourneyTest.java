package in.haat.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.buyer.BuyerApp;
import in.haat.buyer.JourneyListener;
import in.haat.buyer.JourneyReport;
import in.haat.buyer.RsfJourney;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reconciliation end to end, every service a real process: the signed buyer app, as the collector, buys and receives one
 * unit, then sends a /recon it agrees with (/on_recon recon_accord true, the settlement pending) and one taking 1.00 more
 * commission (recon_accord false with the seller app's figures, the settlement disputed); each /on_recon is checked as
 * every callback is (signature, the RSF schema, ids, timestamps).
 */
@ExtendWith(OrderSuite.Extension.class)
class RsfJourneyTest {

    @Test
    void aDeliveredOrdersReconIsAgreedThenDisputed(OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Idli " + UUID.randomUUID().toString().substring(0, 6), 10);
        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new RsfJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }).run(shop.itemName(), shop.storefrontId());
        }
        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        List<String> steps = report.steps().stream().map(JourneyReport.Step::name).toList();
        for (String step : List.of("/recon agreeing -> /on_recon", "agreeing /on_recon", "GET /api/orders/{id}/settlement pending",
                "/recon disputed -> /on_recon", "disputed /on_recon", "GET /api/orders/{id}/settlement disputed")) {
            assertTrue(steps.contains(step), () -> step + " missing from " + steps);
        }
    }
}
