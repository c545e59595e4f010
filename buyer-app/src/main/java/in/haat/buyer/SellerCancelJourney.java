package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * ONDC's merchant-side cancellations after /confirm (Pramaan's flows 3 and 4, "RTO and part cancellation"), each
 * unsolicited callback checked as every callback (signature, schema, ids, timestamps, the quote less its trail being
 * the price quoted before): the seller's part-cancel of one unit as /on_update, then the buyer app's /update with the
 * refund's settlement details answered by /on_update; or the seller's RTO once the goods are on the road as
 * /on_cancel, then RTO-Delivered as /on_status.
 */
public final class SellerCancelJourney {

    private final BuyerJourney journey;
    private final BuyerApp buyer;
    private final SellerApi seller;
    private final Duration wait;
    private final JourneyListener listener;
    private final String coreVersion;

    public SellerCancelJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener, String coreVersion) {
        this.journey = new BuyerJourney(buyer, seller, wait, listener, coreVersion);
        this.buyer = buyer;
        this.seller = seller;
        this.wait = wait;
        this.listener = listener;
        this.coreVersion = coreVersion;
    }

    /** Buys 2 units, the seller accepts and packs, then part-cancels 1 for reason 002; the buyer app sends its refund's details. */
    public JourneyReport partCancel(String itemName, String providerId) throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction(coreVersion);
        Optional<JsonNode> bought = journey.buy(report, transaction, itemName, providerId, false, 2);
        if (bought.isPresent() && journey.moveOn(report, transaction, bought.get(), "pack")) {
            partCancelled(report, transaction, bought.get(), 2, "In-progress");
        }
        return report;
    }

    /**
     * The seller part-cancels 1 of the {@code units} bought of the order's first item for reason 002 (the order in
     * {@code orderState}), then the buyer app sends its refund's settlement details; false when a step failed.
     */
    boolean partCancelled(JourneyReport report, Transaction transaction, JsonNode bought, int units, String orderState)
            throws IOException, InterruptedException {
        String orderId = report.orderId();
        String itemId = bought.path("items").path(0).path("id").asText();
        JsonNode body = BuyerApp.JSON.createObjectNode().put("reason_code", "002")
                .set("items", BuyerApp.JSON.createArrayNode().add(BuyerApp.JSON.createObjectNode().put("item_id", itemId).put("quantity", 1)));
        Optional<CheckedCallback> onUpdate = unsolicited(report, transaction, "part-cancel", seller.act(orderId, "part-cancel", body),
                "on_update", c -> c.order().path("fulfillments").findValuesAsText("type").contains("Cancel"));
        if (onUpdate.isEmpty()) {
            return false;
        }
        JsonNode order = onUpdate.get().callback().order();
        List<String> expected = List.of("1 " + (units - 1), "C1 1");
        List<Check> checks = new ArrayList<>(List.of(
                Check.of("order.state unchanged", orderState.equals(order.path("state").asText()), "state " + order.path("state").asText()),
                Check.of(expected.get(0) + " unit(s) left on the Delivery, 1 on the Cancel fulfilment", expected.equals(units(order)),
                        "items " + units(order))));
        checks.addAll(cancelRequest(fulfilment(order, "Cancel"), "002", buyer.seller().subscriberId()));
        report.add(new JourneyReport.Step("/on_update part-cancel content", 0, checks));
        String refund = CallbackChecks.refunded(order).negate().toPlainString();
        return journey.solicited(report, transaction, "update", OrderMessages.refundSettlement(orderId, "C1", "Cancel", refund, Instant.now()),
                o -> List.of(Check.of("the refund's settlement details kept", o.path("payment").path("@ondc/org/settlement_details")
                        .findValuesAsText("settlement_phase").contains("refund"), "payment " + o.path("payment"))), false).isPresent();
    }

    /**
     * Buys 1 unit; the seller, finding it out of stock, rejects the whole order (reason 002) before accepting it: an
     * unsolicited /on_cancel with the order and the Delivery Cancelled and the Cancel fulfilment's cancel_request naming the reason and the seller app.
     */
    public JourneyReport reject(String itemName, String providerId) throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction(coreVersion);
        Optional<JsonNode> bought = journey.buy(report, transaction, itemName, providerId, false, 1);
        if (bought.isEmpty()) {
            return report;
        }
        Optional<CheckedCallback> onCancel = unsolicited(report, transaction, "reject",
                seller.act(report.orderId(), "reject", BuyerApp.JSON.createObjectNode().put("reason_code", "002")), "on_cancel", c -> true);
        onCancel.ifPresent(c -> {
            JsonNode order = c.callback().order();
            List<Check> checks = new ArrayList<>(List.of(
                    Check.of("order.state Cancelled", "Cancelled".equals(order.path("state").asText()), "state " + order.path("state").asText())));
            checks.add(Check.of("Delivery Cancelled", "Cancelled".equals(fulfilment(order, "Delivery").path("state").path("descriptor")
                    .path("code").asText()), "Delivery " + fulfilment(order, "Delivery").path("state")));
            checks.addAll(cancelRequest(fulfilment(order, "Cancel"), "002", buyer.seller().subscriberId()));
            report.add(new JourneyReport.Step("/on_cancel reject content", 0, checks));
        });
        return report;
    }

    /** Buys 1 unit taken to Out-for-delivery (1.2.5: picked up); the seller starts its RTO for reason 013 and marks it delivered back. */
    public JourneyReport rto(String itemName, String providerId) throws IOException, InterruptedException {
        return rto(itemName, providerId, false);
    }

    /**
     * As {@link #rto(String, String)}; with {@code partCancelFirst} (the log validator's 1.2.5 flow 5) 2 units are
     * bought and the seller part-cancels 1 before accepting the order.
     */
    public JourneyReport rto(String itemName, String providerId, boolean partCancelFirst) throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction(coreVersion);
        int units = partCancelFirst ? 2 : 1;
        Optional<JsonNode> bought = journey.buy(report, transaction, itemName, providerId, false, units);
        if (bought.isEmpty() || partCancelFirst && !partCancelled(report, transaction, bought.get(), units, bought.get().path("state").asText())
                || !journey.moveOn(report, transaction, bought.get(), rtoFrom())) {
            return report;
        }
        String orderId = report.orderId();
        Optional<CheckedCallback> onCancel = unsolicited(report, transaction, "rto",
                seller.act(orderId, "rto", BuyerApp.JSON.createObjectNode().put("reason_code", "013")), "on_cancel", c -> true);
        if (onCancel.isEmpty()) {
            return report;
        }
        JsonNode order = onCancel.get().callback().order();
        JsonNode rto = fulfilment(order, "RTO");
        List<Check> checks = new ArrayList<>(List.of(
                Check.of("order.state Cancelled", "Cancelled".equals(order.path("state").asText()), "state " + order.path("state").asText()),
                Check.of("RTO fulfilment RTO-Initiated", "RTO-Initiated".equals(rto.path("state").path("descriptor").path("code").asText()),
                        "RTO fulfilment " + rto)));
        checks.addAll(cancelRequest(fulfilment(order, "Delivery"), "013", buyer.seller().subscriberId()));
        report.add(new JourneyReport.Step("/on_cancel RTO content", 0, checks));
        unsolicited(report, transaction, "rto-delivered", seller.act(orderId, "rto-delivered"), "on_status",
                c -> "RTO-Delivered".equals(fulfilment(c.order(), "RTO").path("state").path("descriptor").path("code").asText()));
        return report;
    }

    /**
     * Where the RTO starts: out for delivery, except in 1.2.5, where the demo storefront's hyperlocal (P2P) delivery has
     * no Out-for-delivery state (ONDC's log validator skips it): once picked up.
     */
    private String rtoFrom() {
        return "1.2.5".equals(coreVersion) ? "ship" : "out-for-delivery";
    }

    /** The seller's answer to {@code action}, then the unsolicited {@code callback} it must cause; empty when either failed. */
    Optional<CheckedCallback> unsolicited(JourneyReport report, Transaction transaction, String action, SellerApi.Answer answer,
            String callback, Predicate<Callback> matches) throws InterruptedException {
        listener.sellerAction(action, answer);
        String name = "seller " + action + " -> /" + callback;
        List<Check> checks = new ArrayList<>(List.of(Check.of("HTTP 200", answer.status() == 200, "answered " + answer.status() + " " + answer.body())));
        Optional<CheckedCallback> received = answer.status() != 200 ? Optional.empty() : buyer.awaitUnsolicited(transaction, callback, matches, wait);
        if (answer.status() == 200) {
            checks.add(Check.of("unsolicited /" + callback, received.isPresent(), "none within " + wait));
        }
        received.ifPresent(c -> {
            listener.received(c, answer.millis());
            checks.addAll(c.checks());
            checks.add(Check.of("no error", !c.callback().hasError(), "error " + c.callback().error()));
        });
        report.add(new JourneyReport.Step(name, answer.millis(), checks));
        return received;
    }

    /** The order's first fulfilment of {@code type}; a missing node when none. */
    static JsonNode fulfilment(JsonNode order, String type) {
        for (JsonNode f : order.path("fulfillments")) {
            if (type.equals(f.path("type").asText())) {
                return f;
            }
        }
        return BuyerApp.JSON.missingNode();
    }

    /** Each item line as "fulfilment_id count". */
    static List<String> units(JsonNode order) {
        List<String> units = new ArrayList<>();
        order.path("items").forEach(i -> units.add(i.path("fulfillment_id").asText() + " " + i.path("quantity").path("count").asInt()));
        return units;
    }

    /** The fulfilment's cancel_request names the reason and the seller app. */
    private static List<Check> cancelRequest(JsonNode fulfilment, String reasonId, String sellerId) {
        List<String> request = new ArrayList<>();
        for (JsonNode tag : fulfilment.path("tags")) {
            if ("cancel_request".equals(tag.path("code").asText())) {
                tag.path("list").forEach(e -> request.add(e.path("code").asText() + "=" + e.path("value").asText()));
            }
        }
        return List.of(Check.of("cancel_request names reason " + reasonId + " and the seller app",
                request.contains("reason_id=" + reasonId) && request.contains("initiated_by=" + sellerId), "cancel_request " + request));
    }
}
