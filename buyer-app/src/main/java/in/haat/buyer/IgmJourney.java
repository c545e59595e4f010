package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * After the order (IGM and ratings): an order bought and delivered as in {@link BuyerJourney}, rated (/on_rating
 * rating_ack); one issue raised (/on_issue PROCESSING), its status asked (/on_issue_status), resolved by the seller
 * with a refund (an unsolicited /on_issue_status RESOLVED, as IGM 1.0.0 has it; the order's refunded money) and closed by the buyer; a second issue escalated (/on_issue naming
 * the GRO, the issue a GRIEVANCE) and again (a DISPUTE, the ODR provider named); a third, raised two days ago, overdue
 * at once. Each IGM exchange is an IGM 1.0.0 transaction of its own; every callback is checked
 * as every callback is (signature, IGM schema, ids, timestamps).
 */
public final class IgmJourney {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final String IGM = "1.0.0";

    private final BuyerJourney journey;
    private final BuyerApp buyer;
    private final SellerApi seller;
    private final Duration wait;
    private final JourneyListener listener;
    /** The IGM transaction of the issue resolved and closed (raise, status, resolution, close): ONDC's validator's IGM flow. */
    private String resolvedTransaction;

    public IgmJourney(BuyerApp buyer, SellerApi seller, Duration wait, JourneyListener listener) {
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
        if (exchange(report, transaction, "rating", IgmMessages.rating(order), message -> List.of(
                Check.of("rating_ack", message.path("rating_ack").asBoolean(false), "message " + message))).isEmpty()) {
            return report;
        }
        resolvedAndClosed(report, order, transaction.domain());
        escalated(report, order, transaction.domain());
        overdue(report, order, transaction.domain());
        return report;
    }

    private void resolvedAndClosed(JourneyReport report, JsonNode order, String domain) throws IOException, InterruptedException {
        Transaction igm = new Transaction(domain, "std:080", IGM);
        resolvedTransaction = igm.id();
        String issueId = UUID.randomUUID().toString();
        ObjectNode issue = IgmMessages.issue(issueId, order, buyer.bapId(), domain, now());
        if (exchange(report, igm, "issue", IgmMessages.of(issue), message -> respondent(message, "PROCESSING")).isEmpty()
                || exchange(report, igm, "issue_status", IgmMessages.status(issueId), message -> respondent(message, "PROCESSING")).isEmpty()) {
            return;
        }
        ObjectNode refund = BuyerApp.JSON.createObjectNode().put("action", "RESOLVED").put("short_desc", "Refund of the item");
        refund.putObject("resolution").put("action", "REFUND").put("refund_amount", "1.00").put("short_desc", "Refunded");
        SellerApi.Answer answer = seller.respond(issueId, refund);
        listener.sellerAction("resolve issue", answer);
        List<Check> checks = new ArrayList<>(List.of(Check.of("HTTP 200 RESOLVED", answer.status() == 200
                && "RESOLVED".equals(answer.body().path("state").asText()), "answered " + answer.status() + " " + answer.body())));
        Optional<CheckedCallback> resolved = buyer.awaitUnsolicited(igm, "on_issue_status", c -> true, wait);
        resolved.ifPresent(c -> listener.received(c, answer.millis()));
        checks.addAll(resolved.map(CheckedCallback::checks).orElse(List.of(Check.fail("unsolicited /on_issue_status", "none within " + wait))));
        resolved.ifPresent(c -> {
            checks.addAll(respondent(c.callback().body().path("message"), "RESOLVED"));
            JsonNode resolution = c.callback().body().path("message").path("issue").path("resolution");
            checks.add(Check.of("resolution REFUND 1.00", "REFUND".equals(resolution.path("action_triggered").asText())
                    && "1.00".equals(resolution.path("refund_amount").asText()), "resolution " + resolution));
        });
        report.add(new JourneyReport.Step("seller resolves -> /on_issue_status RESOLVED", answer.millis(), checks));
        if (resolved.isEmpty()) {
            return;
        }
        // The refund is the order's: the seller's view of the order shows it.
        Optional<JsonNode> refunded = seller.order(order.path("id").asText());
        report.add(new JourneyReport.Step("GET /api/orders/{id} refunded", 0, List.of(Check.of("order refunded 1.00",
                refunded.map(o -> "1.00".equals(o.path("refunded").asText())).orElse(false), "order " + refunded.map(o -> o.path("refunded"))))));
        IgmMessages.action(issue, "CLOSE", "Complaint resolved to my satisfaction", buyer.bapId(), domain, now());
        exchange(report, igm, "issue", IgmMessages.of(issue), message -> List.of());
        expectIssue(report, issueId, "CLOSED", "ISSUE");
    }

    /** The IGM transaction of the issue resolved with a refund and closed; null before {@link #run} got to it. */
    public String resolvedTransaction() {
        return resolvedTransaction;
    }

    private void escalated(JourneyReport report, JsonNode order, String domain) throws IOException, InterruptedException {
        Transaction igm = new Transaction(domain, "std:080", IGM);
        String issueId = UUID.randomUUID().toString();
        ObjectNode issue = IgmMessages.issue(issueId, order, buyer.bapId(), domain, now());
        if (exchange(report, igm, "issue", IgmMessages.of(issue), message -> respondent(message, "PROCESSING")).isEmpty()) {
            return;
        }
        IgmMessages.action(issue, "ESCALATE", "Not resolved in time", buyer.bapId(), domain, now());
        exchange(report, igm, "issue", IgmMessages.of(issue), message -> {
            JsonNode gros = message.path("issue").path("resolution_provider").path("respondent_info").path("resolution_support").path("gros");
            return List.of(Check.of("a GRO named", gros.path(0).path("person").path("name").isTextual()
                    && "TRANSACTION-COUNTERPARTY-NP-GRO".equals(gros.path(0).path("gro_type").asText()), "gros " + gros));
        });
        expectIssue(report, issueId, "PROCESSING", "GRIEVANCE");
        // Escalated again: a dispute, taken to the ODR provider the seller app names.
        IgmMessages.action(issue, "ESCALATE", "Grievance not resolved", buyer.bapId(), domain, now());
        issue.put("issue_type", "DISPUTE");
        exchange(report, igm, "issue", IgmMessages.of(issue), message -> {
            JsonNode odr = message.path("issue").path("finalized_odr");
            return List.of(Check.of("an ODR named", odr.path("name").isTextual() && odr.path("url").isTextual(), "finalized_odr " + odr));
        });
        expectIssue(report, issueId, "PROCESSING", "DISPUTE");
    }

    /** An issue raised two days ago and due in one (P1D) is overdue at once: the seller's list of overdue issues shows it. */
    private void overdue(JourneyReport report, JsonNode order, String domain) throws IOException, InterruptedException {
        Transaction igm = new Transaction(domain, "std:080", IGM);
        String issueId = UUID.randomUUID().toString();
        ObjectNode issue = IgmMessages.issue(issueId, order, buyer.bapId(), domain, TIMESTAMP.format(Instant.now().minus(Duration.ofDays(2))));
        if (exchange(report, igm, "issue", IgmMessages.of(issue), message -> respondent(message, "PROCESSING")).isEmpty()) {
            return;
        }
        SellerApi.Answer answer = seller.issues("order_id=" + order.path("id").asText() + "&overdue=true");
        List<String> ids = new ArrayList<>();
        answer.body().path("items").forEach(i -> ids.add(i.path("id").asText()));
        report.add(new JourneyReport.Step("GET /api/issues?overdue=true", answer.millis(), List.of(Check.of("the late issue overdue",
                answer.status() == 200 && ids.equals(List.of(issueId)), answer.status() + " overdue " + ids))));
    }

    /** The seller's view of the issue: its state and type. */
    private void expectIssue(JourneyReport report, String issueId, String state, String type) throws IOException, InterruptedException {
        SellerApi.Answer answer = seller.issue(issueId);
        String is = answer.body().path("state").asText() + " / " + answer.body().path("issue_type").asText();
        report.add(new JourneyReport.Step("GET /api/issues/{id}", answer.millis(),
                List.of(Check.of("seller's issue " + state + " / " + type, (state + " / " + type).equals(is), answer.status() + " " + is))));
    }

    /** The last respondent action is {@code action}. */
    private static List<Check> respondent(JsonNode message, String action) {
        JsonNode actions = message.path("issue").path("issue_actions").path("respondent_actions");
        String last = actions.path(actions.size() - 1).path("respondent_action").asText();
        return List.of(Check.of("respondent action " + action, action.equals(last), "last respondent action " + last));
    }

    /** Sends a request, awaits its callback (no error), checks it and what {@code expectations} say of its message. */
    private Optional<CheckedCallback> exchange(JourneyReport report, Transaction transaction, String action, JsonNode message,
            Function<JsonNode, List<Check>> expectations) throws InterruptedException {
        String name = "/" + action + " -> /on_" + action;
        Sent sent = buyer.send(transaction, action, message);
        listener.sent(sent);
        if (!sent.acked()) {
            report.add(new JourneyReport.Step(name, sent.ackMillis(), List.of(Check.fail("ACK", sent.status() + " " + sent.answer()))));
            return Optional.empty();
        }
        Optional<CheckedCallback> callback = buyer.awaitReply(transaction, sent, wait);
        if (callback.isEmpty()) {
            report.add(new JourneyReport.Step(name, wait.toMillis(), List.of(Check.pass("ACK"), Check.fail("/on_" + action + " received",
                    "none within " + wait))));
            return Optional.empty();
        }
        double millis = (callback.get().callback().receivedNanos() - sent.sentNanos()) / 1e6;
        listener.received(callback.get(), millis);
        List<Check> checks = new ArrayList<>(List.of(Check.pass("ACK")));
        checks.addAll(callback.get().checks());
        checks.add(Check.of("no error", !callback.get().callback().hasError(), "error " + callback.get().callback().error()));
        checks.addAll(expectations.apply(callback.get().callback().body().path("message")));
        report.add(new JourneyReport.Step(name, millis, checks));
        return callback.get().callback().hasError() ? Optional.empty() : callback;
    }

    private static String now() {
        return TIMESTAMP.format(Instant.now());
    }
}
