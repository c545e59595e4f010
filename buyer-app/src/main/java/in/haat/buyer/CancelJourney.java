package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ONDC's buyer-side full cancellation (Pramaan's flow 2, the log validator's flow 4): an order bought as in
 * {@link BuyerJourney}, then the buyer app's /cancel before the seller ships it, answered by /on_cancel (checked as
 * every callback, its quote less its quote trail being the price quoted before) with the order Cancelled, the
 * Delivery Cancelled and a Cancel fulfilment naming the reason and this buyer app; the seller's order is Cancelled too.
 */
public final class CancelJourney {

    private final BuyerJourney journey;
    private final BuyerApp buyer;
    private final SellerApi seller;
    private final String coreVersion;

    public CancelJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener, String coreVersion) {
        this.journey = new BuyerJourney(buyer, seller, wait, listener, coreVersion);
        this.buyer = buyer;
        this.seller = seller;
        this.coreVersion = coreVersion;
    }

    /** Buys one unit as {@link BuyerJourney#run} does, then cancels the order for ONDC buyer reason {@code reasonId}. */
    public JourneyReport run(String itemName, String providerId, String reasonId) throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction(coreVersion);
        if (journey.buy(report, transaction, itemName, providerId, false, 1).isEmpty()) {
            return report;
        }
        String orderId = report.orderId();
        if (journey.solicited(report, transaction, "cancel", OrderMessages.cancel(orderId, reasonId),
                order -> cancelled(order, reasonId, buyer.bapId()), false).isEmpty()) {
            return report;
        }
        Optional<JsonNode> order = seller.order(orderId);
        String state = order.map(o -> o.path("state").asText() + " / " + o.path("fulfilment_state").asText()).orElse("not found");
        report.add(new JourneyReport.Step("GET /api/orders/{id} after /cancel", 0,
                List.of(Check.of("seller's order Cancelled / Cancelled", "Cancelled / Cancelled".equals(state), state))));
        return report;
    }

    /** What /on_cancel must say of a whole order cancelled by {@code bapId} for {@code reasonId}. */
    static List<Check> cancelled(JsonNode order, String reasonId, String bapId) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of("order.state Cancelled", "Cancelled".equals(order.path("state").asText()), "state " + order.path("state").asText()));
        checks.add(Check.of("cancellation names the buyer app and the reason",
                bapId.equals(order.path("cancellation").path("cancelled_by").asText())
                        && reasonId.equals(order.path("cancellation").path("reason").path("id").asText()),
                "cancellation " + order.path("cancellation")));
        checks.add(Check.of("Delivery Cancelled", "Cancelled".equals(BuyerJourney.fulfilmentState(order)),
                "Delivery " + BuyerJourney.fulfilmentState(order)));
        JsonNode cancel = null;
        for (JsonNode fulfilment : order.path("fulfillments")) {
            cancel = "Cancel".equals(fulfilment.path("type").asText()) ? fulfilment : cancel;
        }
        List<String> request = new ArrayList<>();
        if (cancel != null) {
            for (JsonNode tag : cancel.path("tags")) {
                if ("cancel_request".equals(tag.path("code").asText())) {
                    tag.path("list").forEach(e -> request.add(e.path("code").asText() + "=" + e.path("value").asText()));
                }
            }
        }
        checks.add(Check.of("Cancel fulfilment with cancel_request", cancel != null
                && "Cancelled".equals(cancel.path("state").path("descriptor").path("code").asText())
                && request.contains("reason_id=" + reasonId) && request.contains("initiated_by=" + bapId),
                cancel == null ? "no Cancel fulfilment" : "cancel_request " + request));
        return checks;
    }
}
