package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reconciliation as the collecting buyer app (RSF 2.0, docs/settlement.md): an order bought and delivered as in
 * {@link BuyerJourney}, then a /recon stating what the buyer app reckons from its own terms (the order total, its 3%
 * finder fee, the withholding the order's payment carries, no TCS or TDS of its own), answered /on_recon with
 * recon_accord true and the settlement pending; then a /recon taking 1.00 more commission and paying 1.00 less, answered
 * with recon_accord false and the seller app's figures (diff_value 1.00), the settlement disputed. Every /on_recon is
 * checked as every callback is (signature, the RSF schema, ids, timestamps).
 */
public final class RsfJourney {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final BuyerJourney journey;
    private final BuyerApp buyer;
    private final SellerApi seller;
    private final Duration wait;
    private final JourneyListener listener;

    public RsfJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener) {
        this.journey = new BuyerJourney(buyer, seller, wait, listener);
        this.buyer = buyer;
        this.seller = seller;
        this.wait = wait;
        this.listener = listener;
    }

    public JourneyReport run(String itemName, String providerId) throws IOException, InterruptedException {
        JourneyReport report = new JourneyReport();
        Transaction transaction = buyer.transaction();
        if (!journey.buyAndDeliver(report, transaction, itemName, providerId, false)) {
            return report;
        }
        String orderId = report.orderId();
        JsonNode order = seller.order(orderId).orElseThrow();
        // What the collector reckons, from its own terms.
        BigDecimal paid = new BigDecimal(order.path("total").asText("0"));
        BigDecimal fee = paid.multiply(new BigDecimal(OrderMessages.FINDER_FEE)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal withholding = new BigDecimal(order.path("payment").path("@ondc/org/withholding_amount").asText("0")).setScale(2);
        BigDecimal owed = paid.subtract(fee).subtract(withholding);
        BigDecimal one = BigDecimal.ONE.setScale(2);

        Optional<JsonNode> agreed = recon(report, "/recon agreeing -> /on_recon", recon(orderId, paid, owed, fee, withholding));
        if (agreed.isEmpty()) {
            return report;
        }
        JsonNode answered = agreed.get().path("orders").path(0);
        report.add(new JourneyReport.Step("agreeing /on_recon", 0, List.of(
                Check.of("recon_accord true", answered.path("recon_accord").asBoolean(false) && orderId.equals(answered.path("id").asText()),
                        "order " + answered),
                Check.of("no diff_value", !answered.toString().contains("diff_value"), "order " + answered))));
        expectState(report, orderId, "pending");

        Optional<JsonNode> disputed = recon(report, "/recon disputed -> /on_recon", recon(orderId, paid, owed.subtract(one), fee.add(one), withholding));
        if (disputed.isEmpty()) {
            return report;
        }
        JsonNode settlement = disputed.get().path("orders").path(0).path("settlements").path(0);
        report.add(new JourneyReport.Step("disputed /on_recon", 0, List.of(
                Check.of("recon_accord false", !disputed.get().path("orders").path(0).path("recon_accord").asBoolean(true), "order " + disputed.get()),
                Check.of("commission " + fee + ", diff 1.00", fee.toPlainString().equals(settlement.path("commission").path("value").asText())
                        && "1.00".equals(settlement.path("commission").path("diff_value").asText()), "commission " + settlement.path("commission")),
                Check.of("amount " + owed + ", diff 1.00", owed.toPlainString().equals(settlement.path("amount").path("value").asText())
                        && "1.00".equals(settlement.path("amount").path("diff_value").asText()), "amount " + settlement.path("amount")))));
        expectState(report, orderId, "disputed");
        return report;
    }

    /** Sends a /recon in a transaction of its own and awaits its /on_recon (no error); its message, once checked. */
    private Optional<JsonNode> recon(JourneyReport report, String name, ObjectNode message) throws InterruptedException {
        Transaction rsf = new Transaction(Transaction.RSF_DOMAIN, "*", "2.0.0");
        Sent sent = buyer.send(rsf, "recon", message);
        listener.sent(sent);
        if (!sent.acked()) {
            report.add(new JourneyReport.Step(name, sent.ackMillis(), List.of(Check.fail("ACK", sent.status() + " " + sent.answer()))));
            return Optional.empty();
        }
        Optional<CheckedCallback> callback = buyer.awaitReply(rsf, sent, wait);
        if (callback.isEmpty()) {
            report.add(new JourneyReport.Step(name, wait.toMillis(), List.of(Check.pass("ACK"), Check.fail("/on_recon received",
                    "none within " + wait))));
            return Optional.empty();
        }
        double millis = (callback.get().callback().receivedNanos() - sent.sentNanos()) / 1e6;
        listener.received(callback.get(), millis);
        List<Check> checks = new ArrayList<>(List.of(Check.pass("ACK")));
        checks.addAll(callback.get().checks());
        checks.add(Check.of("no error", !callback.get().callback().hasError(), "error " + callback.get().callback().error()));
        report.add(new JourneyReport.Step(name, millis, checks));
        return callback.get().callback().hasError() ? Optional.empty() : Optional.of(callback.get().callback().body().path("message"));
    }

    /** The seller's view of the order's settlement is in {@code state}. */
    private void expectState(JourneyReport report, String orderId, String state) throws IOException, InterruptedException {
        SellerApi.Answer answer = seller.settlement(orderId);
        String is = answer.body().path("state").asText();
        report.add(new JourneyReport.Step("GET /api/orders/{id}/settlement " + state, answer.millis(),
                List.of(Check.of("settlement " + state, answer.status() == 200 && state.equals(is), answer.status() + " " + is))));
    }

    /** A /recon of one order with one settlement: the order amount, the amount to the seller app, the commission, the withholding. */
    static ObjectNode recon(String orderId, BigDecimal paid, BigDecimal amount, BigDecimal commission, BigDecimal withholding) {
        ObjectNode message = BuyerApp.JSON.createObjectNode();
        ObjectNode order = message.putArray("orders").addObject().put("id", orderId);
        order.putObject("amount").put("currency", "INR").put("value", paid.toPlainString());
        ObjectNode settlement = order.putArray("settlements").addObject().put("id", "S-" + orderId).put("payment_id", "P-" + orderId)
                .put("status", "PENDING");
        settlement.putObject("amount").put("currency", "INR").put("value", amount.toPlainString());
        settlement.putObject("commission").put("currency", "INR").put("value", commission.toPlainString());
        settlement.putObject("withholding_amount").put("currency", "INR").put("value", withholding.toPlainString());
        settlement.putObject("tcs").put("currency", "INR").put("value", "0.00");
        settlement.putObject("tds").put("currency", "INR").put("value", "0.00");
        settlement.put("updated_at", TIMESTAMP.format(Instant.now()));
        return message;
    }
}
