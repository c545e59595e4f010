package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * ONDC's buyer-initiated return (Pramaan's flow 5): one unit bought and delivered as in {@link BuyerJourney}, then the
 * buyer app's return request (/update) answered by /on_update with the Return fulfilment Return_Initiated; the seller
 * approves, picks it up (the refund: the quote less the return's quote trail is the price before) and receives it,
 * each an unsolicited /on_update checked as every callback; then the buyer app's refund settlement /update.
 */
public final class ReturnJourney {

    private final BuyerJourney journey;
    private final SellerCancelJourney steps;
    private final BuyerApp buyer;
    private final SellerApi seller;
    private final String coreVersion;

    public ReturnJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener, String coreVersion) {
        this.journey = new BuyerJourney(buyer, seller, wait, listener, coreVersion);
        this.steps = new SellerCancelJourney(buyer, seller, wait, listener, coreVersion);
        this.buyer = buyer;
        this.seller = seller;
        this.coreVersion = coreVersion;
    }

    /** Buys 1 unit of a returnable item to delivery, returns it for reason 003 (damaged), the seller takes it back. */
    public JourneyReport run(String itemName, String providerId) throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction(coreVersion);
        Optional<JsonNode> bought = journey.buy(report, transaction, itemName, providerId, false, 1);
        if (bought.isEmpty() || !steps.moveOn(report, transaction, bought.get(), "deliver")) {
            return report;
        }
        String orderId = report.orderId();
        String itemId = bought.get().path("items").path(0).path("id").asText();
        if (journey.solicited(report, transaction, "update", OrderMessages.returnRequest(orderId, "R1", itemId, 1, "003"),
                order -> List.of(Check.of("Return fulfilment Return_Initiated", "Return_Initiated".equals(state(order)), "Return " + state(order))),
                false).isEmpty()) {
            return report;
        }
        String refund = "0.00";
        for (String[] step : List.of(new String[] {"approve", "Return_Approved"}, new String[] {"picked", "Return_Picked"},
                new String[] {"delivered", "Return_Delivered"})) {
            Optional<CheckedCallback> moved = steps.unsolicited(report, transaction, "return " + step[0],
                    seller.act(orderId, "returns/R1/" + step[0], BuyerApp.JSON.createObjectNode()), "on_update", c -> step[1].equals(state(c.order())));
            if (moved.isEmpty()) {
                return report;
            }
            // The refund is what the return's quote trail says (negative values), from pick-up on.
            refund = CallbackChecks.refunded(moved.get().callback().order()).negate().toPlainString();
        }
        journey.solicited(report, transaction, "update", OrderMessages.refundSettlement(orderId, "R1", "Return", refund, Instant.now()),
                o -> List.of(), false);
        return report;
    }

    private static String state(JsonNode order) {
        return SellerCancelJourney.fulfilment(order, "Return").path("state").path("descriptor").path("code").asText();
    }
}
