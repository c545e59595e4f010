package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /** The demo storefront's returnable items (deploy/seed-demo.sh): Filter Coffee #2, #8, ... */
    public static final String DEMO_RETURNABLE = "Filter Coffee";

    public ReturnJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener, String coreVersion) {
        this.journey = new BuyerJourney(buyer, seller, wait, listener, coreVersion);
        this.steps = new SellerCancelJourney(buyer, seller, wait, listener, coreVersion);
        this.buyer = buyer;
        this.seller = seller;
        this.coreVersion = coreVersion;
    }

    /** Buys 1 unit of a returnable item to delivery, returns it for reason 003 (damaged), the seller takes it back. */
    public JourneyReport run(String itemName, String providerId) throws IOException, InterruptedException {
        return run(itemName, providerId, false, true, false);
    }

    /**
     * The log validator's flow 6: in 1.2.0 ({@code partCancelFirst}, {@code reverseQc}, {@code liquidated}) 3 units,
     * the seller part-cancels 1 before accepting (and the buyer app sends its refund's details), the order is delivered,
     * one unit is returned (R1: approved, picked up, the refund's details, delivered back) and one liquidated (R2:
     * the refund without pick-up, and its details); in 1.2.5 the part-cancel and the liquidated return.
     */
    public JourneyReport run(String itemName, String providerId, boolean partCancelFirst, boolean reverseQc, boolean liquidated)
            throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction(coreVersion);
        int units = (partCancelFirst ? 1 : 0) + (reverseQc ? 1 : 0) + (liquidated ? 1 : 0);
        Optional<JsonNode> bought = journey.buy(report, transaction, itemName, providerId, false, units);
        if (bought.isEmpty() || partCancelFirst && !steps.partCancelled(report, transaction, bought.get(), units, bought.get().path("state").asText())
                || !journey.moveOn(report, transaction, bought.get(), "deliver")) {
            return report;
        }
        String itemId = bought.get().path("items").path(0).path("id").asText();
        if (reverseQc && !returned(report, transaction, itemId, "R1", List.of("approve", "picked", "delivered"))) {
            return report;
        }
        if (liquidated) {
            returned(report, transaction, itemId, reverseQc ? "R2" : "R1", List.of("liquidate"));
        }
        return report;
    }

    /**
     * The buyer app's return request of 1 unit for reason 003 (damaged) under {@code returnId}, then the seller's
     * {@code actions} on it, each an unsolicited /on_update; after the refund (picked up, or liquidated) the buyer app
     * sends the refund's settlement details. False when a step failed.
     */
    private boolean returned(JourneyReport report, Transaction transaction, String itemId, String returnId, List<String> actions)
            throws IOException, InterruptedException {
        String orderId = report.orderId();
        if (journey.solicited(report, transaction, "update", OrderMessages.returnRequest(orderId, returnId, itemId, 1, "003"),
                order -> List.of(Check.of("Return fulfilment Return_Initiated", "Return_Initiated".equals(state(order, returnId)),
                        "Return " + state(order, returnId))), false).isEmpty()) {
            return false;
        }
        for (String action : actions) {
            String next = ACTION_STATES.get(action);
            Optional<CheckedCallback> moved = steps.unsolicited(report, transaction, "return " + action,
                    seller.act(orderId, "returns/" + returnId + "/" + action, BuyerApp.JSON.createObjectNode()), "on_update",
                    c -> next.equals(state(c.order(), returnId)));
            if (moved.isEmpty()) {
                return false;
            }
            if (action.equals("picked") || action.equals("liquidate")) {
                // The refund is what the return's quote trail says (negative values).
                JsonNode only = BuyerApp.JSON.createObjectNode().set("fulfillments",
                        BuyerApp.JSON.createArrayNode().add(returnFulfilment(moved.get().callback().order(), returnId)));
                String refund = CallbackChecks.refunded(only).negate().toPlainString();
                if (journey.solicited(report, transaction, "update", OrderMessages.refundSettlement(orderId, returnId, "Return", refund,
                        Instant.now()), o -> List.of(), false).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Map<String, String> ACTION_STATES = Map.of("approve", "Return_Approved", "picked", "Return_Picked",
            "delivered", "Return_Delivered", "liquidate", "Liquidated");

    private static String state(JsonNode order, String returnId) {
        return returnFulfilment(order, returnId).path("state").path("descriptor").path("code").asText();
    }

    private static JsonNode returnFulfilment(JsonNode order, String returnId) {
        for (JsonNode f : order.path("fulfillments")) {
            if ("Return".equals(f.path("type").asText()) && returnId.equals(f.path("id").asText())) {
                return f;
            }
        }
        return BuyerApp.JSON.missingNode();
    }
}
