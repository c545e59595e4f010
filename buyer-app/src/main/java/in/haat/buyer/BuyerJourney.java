package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * ONDC retail seller flow 1 played end to end by a signed buyer app and the seller's REST API: search, select, init,
 * confirm, status, then the seller's accept (when the order waits for it), pack, ready-to-ship, ship,
 * out-for-delivery and deliver, each followed by the unsolicited /on_status it must cause, and a final /track.
 * Every callback is checked ({@link CallbackChecks}) plus what the step itself expects (no error, the states).
 */
public final class BuyerJourney {

    /** A seller action, the fulfilment state its /on_status must carry, and the order state after it. */
    public record SellerStep(String action, String fulfilmentState, String orderState) {
    }

    public static final SellerStep ACCEPT = new SellerStep("accept", "Pending", "Accepted");
    public static final List<SellerStep> FULFILMENT = List.of(
            new SellerStep("pack", "Packed", "In-progress"),
            new SellerStep("ready-to-ship", "Agent-assigned", "In-progress"),
            new SellerStep("ship", "Order-picked-up", "In-progress"),
            new SellerStep("out-for-delivery", "Out-for-delivery", "In-progress"),
            new SellerStep("deliver", "Order-delivered", "Completed"));

    /** How many units the out-of-stock flow first asks for: more than any demo or test item has. */
    public static final int MORE_THAN_IN_STOCK = 1000;

    private final BuyerApp buyer;
    private final SellerApi seller;
    private final Duration wait;
    private final JourneyListener listener;
    private final String coreVersion;
    private final SellerSteps sellerSteps;

    public BuyerJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener) {
        this(buyer, seller, wait, listener, BuyerApp.CORE_VERSION);
    }

    /** A journey in retail {@code coreVersion} (1.2.0 or 1.2.5). */
    public BuyerJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener, String coreVersion) {
        this.buyer = buyer;
        this.seller = seller;
        this.wait = wait;
        this.listener = listener;
        this.coreVersion = coreVersion;
        this.sellerSteps = new SellerSteps(buyer, seller, wait, listener);
    }

    /** Buys one unit of the first item in stock named {@code itemName} (null: any) of {@code providerId} (null: any), to delivery. */
    public JourneyReport run(String itemName, String providerId) throws IOException, InterruptedException {
        return run(itemName, providerId, false);
    }

    /**
     * ONDC's out-of-stock flow: as {@link #run}, but first asks for {@link #MORE_THAN_IN_STOCK} units, which the seller
     * must refuse with 40002 in /on_select, then selects one unit in the same transaction and buys it.
     */
    public JourneyReport runOutOfStock(String itemName, String providerId) throws IOException, InterruptedException {
        return run(itemName, providerId, true);
    }

    private JourneyReport run(String itemName, String providerId, boolean outOfStockFirst) throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction(coreVersion);
        if (buyAndDeliver(report, transaction, itemName, providerId, outOfStockFirst)) {
            solicited(report, transaction, "track", OrderMessages.ofOrder(report.orderId()), o -> List.of(), true);
        }
        return report;
    }

    /** Buys one unit ({@link #buy}) and has the seller take it to delivery ({@link #moveOn}); false when a step failed. */
    boolean buyAndDeliver(JourneyReport report, Transaction transaction, String itemName, String providerId, boolean outOfStockFirst)
            throws IOException, InterruptedException {
        Optional<JsonNode> order = buy(report, transaction, itemName, providerId, outOfStockFirst, 1);
        return order.isPresent() && moveOn(report, transaction, order.get(), "deliver");
    }

    /** The seller's steps up to and including the action {@code last} ({@link SellerSteps#moveOn}); false when one failed. */
    boolean moveOn(JourneyReport report, Transaction transaction, JsonNode order, String last) throws IOException, InterruptedException {
        return sellerSteps.moveOn(report, transaction, order, last);
    }

    /** Search to /on_status of {@code units} units confirmed; the seller's order (empty when a step failed: the report says why). */
    Optional<JsonNode> buy(JourneyReport report, Transaction transaction, String itemName, String providerId, boolean outOfStockFirst,
            int units) throws IOException, InterruptedException {
        report.transactionId(transaction.id());
        Optional<CheckedCallback> onSearch = solicited(report, transaction, "search", OrderMessages.search(itemName));
        if (onSearch.isEmpty()) {
            return Optional.empty();
        }
        Optional<Choice> choice = Choice.first(onSearch.get().callback().body(), providerId, transaction);
        if (choice.isEmpty()) {
            report.add(new JourneyReport.Step("choose an item", 0, List.of(Check.fail("an item in stock", "/on_search offered none"))));
            return Optional.empty();
        }
        Choice c = choice.get();
        listener.note("buying " + units + " x " + c.name() + " (" + c.itemId() + ") of provider " + c.providerId());
        if (outOfStockFirst && solicited(report, transaction, "select",
                OrderMessages.select(c.providerId(), c.locationId(), c.itemId(), MORE_THAN_IN_STOCK), order -> List.of(), true)
                .filter(refused -> outOfStock(report, refused)).isEmpty()) {
            return Optional.empty();
        }
        Optional<CheckedCallback> onSelect = solicited(report, transaction, "select",
                OrderMessages.select(c.providerId(), c.locationId(), c.itemId(), units));
        if (onSelect.isEmpty()) {
            return Optional.empty();
        }
        Optional<CheckedCallback> onInit = solicited(report, transaction, "init",
                OrderMessages.init(onSelect.get().callback().order(), units, Instant.now()));
        if (onInit.isEmpty()) {
            return Optional.empty();
        }
        String orderId = UUID.randomUUID().toString();
        report.orderId(orderId);
        Optional<CheckedCallback> onConfirm = solicited(report, transaction, "confirm",
                OrderMessages.confirm(orderId, onInit.get().callback().order(), Instant.now()), order -> List.of(
                        Check.of("order.id kept", orderId.equals(order.path("id").asText()), "order.id " + order.path("id").asText()),
                        Check.of("order.state", List.of("Created", "Accepted").contains(order.path("state").asText()),
                                "state " + order.path("state").asText())), false);
        if (onConfirm.isEmpty() || solicited(report, transaction, "status", OrderMessages.ofOrder(orderId)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(awaitOrder(report, orderId, transaction));
    }

    /** Records whether the seller refused the oversized /select with 40002, as the out-of-stock flow needs. */
    private static boolean outOfStock(JourneyReport report, CheckedCallback refused) {
        boolean ok = "40002".equals(refused.callback().error().path("code").asText());
        report.add(new JourneyReport.Step("/select " + MORE_THAN_IN_STOCK + " units -> 40002", 0,
                List.of(Check.of("error 40002", ok, "error " + refused.callback().error()))));
        return ok;
    }

    /** The seller's order as order-service has it: the buyer's order id, this transaction. */
    private JsonNode awaitOrder(JourneyReport report, String orderId, Transaction transaction) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        Optional<JsonNode> order = seller.order(orderId);
        while (order.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            order = seller.order(orderId);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (order.isEmpty()) {
            report.add(new JourneyReport.Step("GET /api/orders/{id}", millis, List.of(Check.fail("order known to the seller", "404 after " + wait))));
            return null;
        }
        JsonNode o = order.get();
        listener.sellerAction("GET order", new SellerApi.Answer(200, o, millis));
        report.add(new JourneyReport.Step("GET /api/orders/{id}", millis, List.of(
                Check.of("same order id", orderId.equals(o.path("id").asText(o.path("order_id").asText())), "id " + o.path("id")),
                Check.of("same transaction_id", transaction.id().equals(o.path("transaction_id").asText()),
                        "transaction_id " + o.path("transaction_id").asText()))));
        return o;
    }

    private Optional<CheckedCallback> solicited(JourneyReport report, Transaction transaction, String action, JsonNode message)
            throws InterruptedException {
        return solicited(report, transaction, action, message, order -> List.of(), false);
    }

    /** Sends a request, waits for its callback, records the step; empty when the journey cannot go on. */
    Optional<CheckedCallback> solicited(JourneyReport report, Transaction transaction, String action, JsonNode message,
            Function<JsonNode, List<Check>> expectations, boolean errorAllowed) throws InterruptedException {
        String name = "/" + action + " -> /on_" + action;
        Sent sent = buyer.send(transaction, action, message);
        listener.sent(sent);
        if (!sent.acked()) {
            report.add(new JourneyReport.Step(name, sent.ackMillis(), List.of(Check.fail("ACK", sent.status() + " " + sent.answer()))));
            return Optional.empty();
        }
        Optional<CheckedCallback> callback = buyer.awaitReply(transaction, sent, wait);
        if (callback.isEmpty()) {
            report.add(new JourneyReport.Step(name, wait.toMillis(), List.of(Check.pass("ACK"),
                    Check.fail("/on_" + action + " received", "none within " + wait))));
            return Optional.empty();
        }
        double millis = (callback.get().callback().receivedNanos() - sent.sentNanos()) / 1e6;
        listener.received(callback.get(), millis);
        List<Check> checks = new ArrayList<>();
        checks.add(Check.pass("ACK"));
        checks.addAll(callback.get().checks());
        if (!errorAllowed) {
            checks.add(Check.of("no error", !callback.get().callback().hasError(), "error " + callback.get().callback().error()));
        }
        checks.addAll(expectations.apply(callback.get().callback().order()));
        report.add(new JourneyReport.Step(name, millis, checks));
        boolean canGoOn = errorAllowed || !callback.get().callback().hasError();
        return canGoOn ? callback : Optional.empty();
    }

    /** The fulfilment state an order's (first delivery) fulfilment carries. */
    public static String fulfilmentState(JsonNode order) {
        for (JsonNode fulfillment : order.path("fulfillments")) {
            if (!fulfillment.has("type") || "Delivery".equals(fulfillment.path("type").asText())) {
                return fulfillment.path("state").path("descriptor").path("code").asText();
            }
        }
        return "";
    }
}
