package in.haat.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.buyer.BuyerApp;
import in.haat.buyer.IgmJourney;
import in.haat.buyer.JourneyListener;
import in.haat.buyer.JourneyReport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After the order, end to end, every service a real process: the signed buyer app buys and receives one unit, rates
 * the order (a rating), raises an issue that the seller resolves with a refund (the order's refunded money) and the buyer
 * closes, escalates another to the grievance redressal officer and on to the ODR provider, and raises a third two days
 * late (overdue at once, no waiting); every /on_rating, /on_issue and /on_issue_status is checked as every callback is
 * (signature, IGM schema, ids, timestamps).
 */
@ExtendWith(OrderSuite.Extension.class)
class IgmJourneyTest {

    @Test
    void aDeliveredOrderIsRatedAndItsIssuesRefundedClosedEscalatedToOdrAndOverdue(OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Vada " + UUID.randomUUID().toString().substring(0, 6), 10);
        JourneyReport report;
        try (BuyerApp buyer = suite.buyerApp()) {
            report = new IgmJourney(buyer, suite.sellerApi(), OrderSuite.PATIENCE, new JourneyListener() {
            }).run(shop.itemName(), shop.storefrontId());
        }
        assertTrue(report.passed(), () -> "failed checks:\n  " + String.join("\n  ", report.failures()));
        List<String> steps = report.steps().stream().map(JourneyReport.Step::name).toList();
        for (String step : List.of("/rating -> /on_rating", "/issue -> /on_issue", "/issue_status -> /on_issue_status",
                "seller resolves -> /on_issue_status RESOLVED", "GET /api/orders/{id} refunded", "GET /api/issues/{id}",
                "GET /api/issues?overdue=true")) {
            assertTrue(steps.contains(step), () -> step + " missing from " + steps);
        }
    }
}
