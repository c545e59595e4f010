package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerJourney.SellerStep;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The seller's steps of a confirmed order through its REST API, each checked with the unsolicited /on_status it must cause. */
final class SellerSteps {

    private static final List<String> INVOICED = List.of("Order-picked-up", "Out-for-delivery", "Order-delivered");

    private final BuyerApp buyer;
    private final SellerApi seller;
    private final Duration wait;
    private final JourneyListener listener;

    SellerSteps(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener) {
        this.buyer = buyer;
        this.seller = seller;
        this.wait = wait;
        this.listener = listener;
    }

    /**
     * The steps from the confirmed {@code order}'s state (its accept first when the order waits for it) up to and
     * including the action {@code last}; false when one failed (the report says why).
     */
    boolean moveOn(JourneyReport report, Transaction transaction, JsonNode order, String last) throws IOException, InterruptedException {
        List<SellerStep> steps = new ArrayList<>("Created".equals(order.path("state").asText()) ? List.of(BuyerJourney.ACCEPT) : List.of());
        for (SellerStep step : BuyerJourney.FULFILMENT) {
            steps.add(step);
            if (step.action().equals(last)) {
                break;
            }
        }
        for (SellerStep step : steps) {
            if (!step(report, transaction, report.orderId(), step)) {
                return false;
            }
        }
        return true;
    }

    private boolean step(JourneyReport report, Transaction transaction, String orderId, SellerStep step)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        SellerApi.Answer answer = seller.act(orderId, step.action());
        listener.sellerAction(step.action(), answer);
        String name = "seller " + step.action() + " -> /on_status " + step.fulfilmentState();
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of("HTTP 200", answer.status() == 200, "answered " + answer.status() + " " + answer.body()));
        checks.add(Check.of("order state after " + step.action(),
                step.orderState().equals(answer.body().path("state").asText())
                        && step.fulfilmentState().equals(answer.body().path("fulfilment_state").asText()),
                "state " + answer.body().path("state").asText() + " / " + answer.body().path("fulfilment_state").asText()
                        + ", expected " + step.orderState() + " / " + step.fulfilmentState()));
        if (answer.status() != 200) {
            report.add(new JourneyReport.Step(name, answer.millis(), checks));
            return false;
        }
        Optional<CheckedCallback> onStatus = buyer.awaitUnsolicited(transaction, "on_status",
                c -> step.fulfilmentState().equals(BuyerJourney.fulfilmentState(c.order())), wait);
        double millis = (System.nanoTime() - start) / 1e6;
        if (onStatus.isEmpty()) {
            checks.add(Check.fail("unsolicited /on_status " + step.fulfilmentState(), "none within " + wait + "; received: "
                    + buyer.callbacks().all(c -> c.transactionId().equals(transaction.id()) && c.action().equals("on_status")).stream()
                            .map(c -> BuyerJourney.fulfilmentState(c.order())).toList()));
            report.add(new JourneyReport.Step(name, millis, checks));
            return false;
        }
        listener.received(onStatus.get(), millis);
        JsonNode order = onStatus.get().callback().order();
        checks.addAll(onStatus.get().checks());
        checks.add(Check.of("order.state " + step.orderState(), step.orderState().equals(order.path("state").asText()),
                "order.state " + order.path("state").asText()));
        if (INVOICED.contains(step.fulfilmentState())) {
            boolean invoice = false;
            for (JsonNode document : order.path("documents")) {
                invoice |= "Invoice".equals(document.path("label").asText()) && document.path("url").asText().startsWith("http");
            }
            checks.add(Check.of("invoice document", invoice, "documents " + order.path("documents")));
        }
        report.add(new JourneyReport.Step(name, millis, checks));
        return true;
    }
}
