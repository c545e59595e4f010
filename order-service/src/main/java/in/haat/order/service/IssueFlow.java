package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcDuration;
import in.haat.ondc.OndcJson;
import in.haat.ondc.OndcTime;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.igm.Issue;
import in.haat.ondc.igm.IssueMessage;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.Order;
import in.haat.ondc.validation.OndcSpec;
import in.haat.order.IssueHistory;
import in.haat.order.IssueMove;
import in.haat.order.IssueState;
import in.haat.order.OrderIssue;
import in.haat.order.SellerOrder;
import in.haat.order.config.IgmConfig;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.mapping.IssueRaised;
import in.haat.order.repository.IssueHistoryRepository;
import in.haat.order.repository.IssueRepository;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * IGM's /issue and /issue_status from buyer apps (1.0.0 and 2.0.0). A new issue about this buyer app's order is stored
 * and acknowledged at once: /on_issue with our PROCESSING. A later /issue carries the buyer's next move (information,
 * ESCALATE, CLOSE), recorded if {@link IssueMove} permits it; an escalation is taken up at once by the GRO. Every
 * /issue gets its /on_issue and every /issue_status its /on_issue_status with the issue as it stands; what cannot be
 * taken is answered with ONDC's code (30018 no such order, 30004 / 50007 an item or fulfilment the order does not have,
 * 30000 anything else) and changes nothing.
 */
@ApplicationScoped
public class IssueFlow {

    private final OrderRepository orders;
    private final IssueRepository issues;
    private final IssueHistoryRepository history;
    private final IssueMoves moves;
    private final IgmAnswers answers;
    private final Callbacks callbacks;
    private final IgmConfig config;

    public IssueFlow(OrderRepository orders, IssueRepository issues, IssueHistoryRepository history, IssueMoves moves, IgmAnswers answers,
            Callbacks callbacks, IgmConfig config) {
        this.orders = orders;
        this.issues = issues;
        this.history = history;
        this.moves = moves;
        this.answers = answers;
        this.callbacks = callbacks;
        this.config = config;
    }

    public Uni<Void> issue(BuyerRequest r, Map<String, String> trace) {
        Issue sent = read(r.message()).issue();
        Instant now = Instant.now();
        if (sent == null || sent.id() == null || sent.id().isBlank()) {
            return refuse(r, "on_issue", "", null, now, "30000", "the message carries no issue id", trace);
        }
        IssueRaised raised = new IssueRaised(sent, version2(r));
        return issues.lock(sent.id()).chain(existing -> existing == null ? open(r, raised, now, trace)
                : existing.bapId.equals(r.bapId()) ? next(r, existing, raised, now, trace)
                : refuse(r, "on_issue", sent.id(), sent.createdAt(), now, "30000", "issue id " + sent.id() + " is taken", trace));
    }

    public Uni<Void> status(BuyerRequest r, Map<String, String> trace) {
        IssueMessage message = read(r.message());
        String id = message.issueId() != null ? message.issueId() : message.issue() != null ? message.issue().id() : null;
        Instant now = Instant.now();
        if (id == null || id.isBlank()) {
            return refuse(r, "on_issue_status", "", null, now, "30000", "the message carries no issue_id", trace);
        }
        return issues.findById(id).chain(issue -> {
            if (issue == null || !issue.bapId.equals(r.bapId())) {
                return refuse(r, "on_issue_status", id, null, now, "30000", "no issue " + id, trace);
            }
            return history.of(issue.id).chain(entries -> callbacks.send("on_issue_status", r.transactionId(), r.messageId(),
                    answers.message(issue, entries, true), null, trace));
        });
    }

    private Uni<Void> open(BuyerRequest r, IssueRaised raised, Instant now, Map<String, String> trace) {
        Issue sent = raised.issue();
        IssueRaised.Move move = raised.latest();
        if (move.move() != IssueMove.OPEN) {
            return refuse(r, "on_issue", sent.id(), sent.createdAt(), now, "30000", "no issue " + sent.id() + " to " + move.move().code(), trace);
        }
        if (raised.category() == null || raised.subCategory() == null) {
            return refuse(r, "on_issue", sent.id(), sent.createdAt(), now, "30000", "an issue needs its category and sub-category", trace);
        }
        String orderId = raised.orderId();
        return (orderId == null ? Uni.createFrom().<SellerOrder>nullItem() : orders.findById(orderId)).chain(order -> {
            if (order == null || !order.bapId.equals(r.bapId())) {
                return refuse(r, "on_issue", sent.id(), sent.createdAt(), now, "30018", "order not found: " + orderId, trace);
            }
            Order document = OndcJson.read(order.document, Order.class);
            List<String> items = document.items() == null ? List.of() : document.items().stream().map(Item::id).toList();
            List<String> fulfilments = document.fulfillments() == null ? List.of() : document.fulfillments().stream().map(Fulfillment::id).toList();
            for (String item : raised.itemIds()) {
                if (!items.contains(item)) {
                    return refuse(r, "on_issue", sent.id(), sent.createdAt(), now, "30004", "order " + order.id + " has no item " + item, trace);
                }
            }
            for (String fulfilment : raised.fulfilmentIds()) {
                if (!fulfilments.contains(fulfilment)) {
                    return refuse(r, "on_issue", sent.id(), sent.createdAt(), now, "50007", "order " + order.id + " has no fulfilment " + fulfilment, trace);
                }
            }
            OrderIssue issue = newIssue(r, raised, order, now);
            return moves.move(issue, IssueMove.OPEN, buyerActionId(move, r), move.shortDesc(), complainantName(raised), r.messageId(), issue.raisedAt, trace)
                    .chain(opened -> moves.move(opened, IssueMove.PROCESSING, null, "Complaint is being processed", config.respondent().name(), null, now, trace))
                    .chain(opened -> answer(r, opened, trace));
        });
    }

    /** A later /issue of the same issue: the buyer's next move, or a repeat answered as the issue stands. */
    private Uni<Void> next(BuyerRequest r, OrderIssue issue, IssueRaised raised, Instant now, Map<String, String> trace) {
        IssueRaised.Move move = raised.latest();
        return history.of(issue.id).chain(entries -> {
            if (move.move() == IssueMove.OPEN || repeat(move, raised, issue, entries)) {
                return answer(r, issue, trace);
            }
            if (move.move() == IssueMove.ESCALATE && IgmAnswers.DISPUTE.equals(issue.issueType)) {
                return refuse(r, "on_issue", issue.id, raised.issue().createdAt(), now, "30000",
                        "a dispute is with the ODR provider " + answers.odr(issue).name() + ": it is escalated no further", trace);
            }
            if (move.move().apply(issue.state).isEmpty()) {
                return refuse(r, "on_issue", issue.id, raised.issue().createdAt(), now, "30000",
                        "cannot " + move.move().code() + " an issue that is " + issue.state.code(), trace);
            }
            issue.document = OndcJson.tree(raised.issue());
            Uni<OrderIssue> moved = moves.move(issue, move.move(), buyerActionId(move, r), move.shortDesc(), complainantName(raised), r.messageId(), now, trace);
            if (move.move() == IssueMove.ESCALATE) {
                // The grievance redressal officer (a dispute: the ODR provider) takes an escalated issue up at once, as we take up a new one.
                moved = moved.chain(escalated -> {
                    boolean dispute = IgmAnswers.DISPUTE.equals(escalated.issueType);
                    String to = dispute ? answers.odr(escalated).name() : answers.gro(escalated).name();
                    String said = dispute ? "Escalated to " + to + ", online dispute resolution provider: " + answers.odr(escalated).url()
                            : "Escalated to " + to + ", grievance redressal officer";
                    return moves.move(escalated, IssueMove.PROCESSING, null, said, to, null, now, trace);
                });
            }
            return moved.chain(changed -> answer(r, changed, trace));
        });
    }

    /**
     * True if the move is one already recorded, as a buyer app repeats its whole issue with each /issue: 2.0.0's by its
     * action id; a close once closed; 1.0.0's (whose actions have no id) when the issue carries no more of the buyer's
     * actions than we have recorded.
     */
    private static boolean repeat(IssueRaised.Move move, IssueRaised raised, OrderIssue issue, List<IssueHistory> entries) {
        if (move.actionId() != null) {
            return entries.stream().anyMatch(h -> h.complainant && move.actionId().equals(h.actionId));
        }
        if (move.move() == IssueMove.CLOSE) {
            return issue.state == IssueState.CLOSED;
        }
        return raised.complainantActions() <= entries.stream().filter(h -> h.complainant).count();
    }

    private Uni<Void> answer(BuyerRequest r, OrderIssue issue, Map<String, String> trace) {
        return history.of(issue.id).chain(entries -> callbacks.send("on_issue", r.transactionId(), r.messageId(),
                answers.message(issue, entries, false), null, trace));
    }

    private OrderIssue newIssue(BuyerRequest r, IssueRaised raised, SellerOrder order, Instant now) {
        Issue sent = raised.issue();
        OrderIssue issue = new OrderIssue();
        issue.id = sent.id();
        issue.bapId = r.bapId();
        issue.transactionId = r.transactionId();
        issue.orderId = order.id;
        issue.sellerId = order.sellerId;
        issue.partnerId = order.partnerId;
        issue.storefrontId = order.storefrontId;
        issue.igmVersion = raised.version2() ? IgmAnswers.IGM_2 : "1.0.0";
        issue.domain = r.context().domain() == null ? "ONDC:RET10" : r.context().domain();
        issue.category = raised.category();
        issue.subCategory = raised.subCategory();
        issue.issueType = "GRIEVANCE".equalsIgnoreCase(sent.issueType()) || "GRIEVANCE".equalsIgnoreCase(sent.level()) ? IgmAnswers.GRIEVANCE : "ISSUE";
        Descriptor description = raised.description();
        issue.description = description == null ? null : OndcJson.tree(description);
        issue.concerns = OndcJson.tree(Map.of("item_ids", raised.itemIds(), "fulfilment_ids", raised.fulfilmentIds()));
        issue.complainant = raised.complainant();
        issue.document = OndcJson.tree(sent);
        issue.responseTime = OndcDuration.format(moves.responseTime(sent.expectedResponseTime() == null ? null : sent.expectedResponseTime().duration()));
        issue.resolutionTime = OndcDuration.format(moves.resolutionTime(sent.expectedResolutionTime() == null ? null : sent.expectedResolutionTime().duration()));
        // The deadlines run from when the buyer raised it, never from a time after we received it.
        issue.raisedAt = OndcTime.parse(sent.createdAt()).filter(at -> !at.isAfter(now)).orElse(now);
        issue.createdAt = now;
        issue.updatedAt = now;
        return issue;
    }

    private Uni<Void> refuse(BuyerRequest r, String action, String issueId, String createdAt, Instant now, String code, String message,
            Map<String, String> trace) {
        String at = OndcTime.format(now);
        String created = OndcTime.parse(createdAt).map(OndcTime::format).orElse(at);
        return callbacks.send(action, r.transactionId(), r.messageId(), IgmAnswers.refusal(issueId, created, at),
                Callbacks.domainError(code, message), trace);
    }

    private static String buyerActionId(IssueRaised.Move move, BuyerRequest r) {
        return move.actionId() != null ? move.actionId() : "C-" + r.messageId();
    }

    private static String complainantName(IssueRaised raised) {
        JsonNode complainant = raised.complainant();
        JsonNode person = complainant == null ? null
                : complainant.has("actors") ? complainant.path("actors").path(0).path("person") : complainant.path("person");
        return person == null || !person.path("name").isTextual() ? null : person.path("name").asText();
    }

    private static boolean version2(BuyerRequest r) {
        return OndcSpec.of("issue", OndcJson.tree(r.context())).filter(s -> s == OndcSpec.IGM_2_0_0).isPresent();
    }

    /** The message as IGM's, or an empty one when it cannot be read as one (answered 30000, never dead-lettered). */
    private static IssueMessage read(JsonNode message) {
        try {
            IssueMessage read = message == null || !message.isObject() ? null : OndcJson.read(message, IssueMessage.class);
            return read != null ? read : new IssueMessage(null, null, null, Map.of());
        } catch (RuntimeException e) {
            return new IssueMessage(null, null, null, Map.of());
        }
    }
}
