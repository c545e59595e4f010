package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.ondc.OndcJson;
import in.haat.ondc.igm.Resolution;
import in.haat.order.IssueMove;
import in.haat.order.OrderIssue;
import in.haat.order.config.IgmConfig;
import in.haat.order.mapping.IssueResponse;
import in.haat.order.mapping.IssueView;
import in.haat.order.repository.IssueHistoryRepository;
import in.haat.order.repository.IssueRepository;
import in.haat.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seller works an issue: PROCESSING, NEED-MORE-INFO, or RESOLVED with a resolution (acting on the order), each where {@link IssueMove}
 * permits it (409 otherwise), recorded and sent to the buyer app unsolicited (1.0.0: /on_issue_status; 2.0.0: /on_issue).
 */
@ApplicationScoped
public class IssueWork {

    /** IGM 1.0.0's resolutions (action_triggered). */
    static final Set<String> RESOLUTIONS = Set.of("REFUND", "REPLACEMENT", "RETURN", "CANCEL", "NO-ACTION");

    private final IssueRepository issues;
    private final IssueHistoryRepository history;
    private final OrderRepository orders;
    private final IssueAccess access;
    private final IssueMoves moves;
    private final IgmAnswers answers;
    private final Callbacks callbacks;
    private final IgmConfig config;
    private final IssueResolutions resolutions;

    public IssueWork(IssueRepository issues, IssueHistoryRepository history, OrderRepository orders, IssueAccess access, IssueMoves moves,
            IgmAnswers answers, Callbacks callbacks, IgmConfig config, IssueResolutions resolutions) {
        this.issues = issues;
        this.history = history;
        this.orders = orders;
        this.access = access;
        this.moves = moves;
        this.answers = answers;
        this.callbacks = callbacks;
        this.config = config;
        this.resolutions = resolutions;
    }

    /**
     * The seller's move on the issue; a resolution acts on the order in the same transaction ({@link IssueResolutions}:
     * the order locked after the issue, as every issue write does), so a refused resolution changes neither.
     */
    @WithTransaction
    public Uni<IssueView> respond(String issueId, IssueResponse body) {
        return Uni.createFrom().item(() -> checked(body)).chain(move -> issues.lock(issueId).chain(issue -> access.require(issue, issueId))
                .chain(issue -> orders.lock(issue.orderId).chain(order -> {
                    if (move.apply(issue.state).isEmpty()) {
                        return Uni.createFrom().failure(new ApiException(409, ErrorCodes.CONFLICT,
                                "cannot answer " + move.code() + " to an issue that is " + issue.state.code()));
                    }
                    Uni<?> onOrder = Uni.createFrom().voidItem();
                    if (move == IssueMove.RESOLVED) {
                        Resolution resolution = resolution(body.resolution(), IssueResolutions.refundable(order));
                        issue.resolution = OndcJson.tree(resolution);
                        onOrder = resolutions.apply(order, issue, resolution, body.resolution());
                    }
                    String said = body.shortDesc() != null && !body.shortDesc().isBlank() ? body.shortDesc().strip() : defaultText(move);
                    return onOrder.chain(() -> moves.move(issue, move, null, said, config.respondent().name(), null, Instant.now(), null))
                            .chain(this::sendUpdate);
                }))
                .chain(issue -> history.of(issue.id).map(entries -> IssueView.of(issue, entries, Instant.now()))));
    }

    /**
     * Our action sent unsolicited in the issue's transaction: IGM 1.0.0's respondent updates are an unsolicited
     * /on_issue_status (ONDC's log validator: ret_on_issue_status_unsolicited), 2.0.0's an /on_issue.
     */
    private Uni<OrderIssue> sendUpdate(OrderIssue issue) {
        boolean igm1 = !IgmAnswers.IGM_2.equals(issue.igmVersion);
        return history.of(issue.id).chain(entries -> callbacks.send(igm1 ? "on_issue_status" : "on_issue", issue.transactionId, null,
                answers.message(issue, entries, igm1), null, null)).replaceWith(issue);
    }

    /** The move the body asks for, its fields checked; a 400 naming the field otherwise. */
    static IssueMove checked(IssueResponse body) {
        if (body == null || body.action() == null) {
            throw ApiException.invalid("action", "must be one of PROCESSING, NEED-MORE-INFO, RESOLVED");
        }
        IssueMove move = IssueMove.of(body.action()).filter(IssueMove.respondent()::contains)
                .orElseThrow(() -> ApiException.invalid("action", "must be one of PROCESSING, NEED-MORE-INFO, RESOLVED"));
        if (move == IssueMove.RESOLVED && body.resolution() == null) {
            throw ApiException.invalid("resolution", "a RESOLVED issue needs its resolution");
        }
        if (move != IssueMove.RESOLVED && body.resolution() != null) {
            throw ApiException.invalid("resolution", "only a RESOLVED issue has a resolution");
        }
        if (body.shortDesc() != null && body.shortDesc().length() > 1000) {
            throw ApiException.invalid("short_desc", "at most 1000 characters");
        }
        return move;
    }

    /**
     * IGM's resolution from the seller's: a refund of 0.01 up to {@code refundable} (the order's total less what was
     * refunded before), a RETURN with one of ONDC's return reasons, a CANCEL with a cancellation reason a seller may give.
     */
    static Resolution resolution(IssueResponse.Resolution r, BigDecimal refundable) {
        String action = r.action() == null ? "" : r.action().strip().toUpperCase().replace('_', '-');
        if (!RESOLUTIONS.contains(action)) {
            throw ApiException.invalid("resolution.action", "must be one of REFUND, REPLACEMENT, RETURN, CANCEL, NO-ACTION");
        }
        String refund = null;
        if (action.equals("REFUND")) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(r.refundAmount() == null ? "" : r.refundAmount().strip());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("resolution.refund_amount", "a refund needs its amount in rupees, such as 120.50");
            }
            if (amount.scale() > 2 || amount.signum() <= 0 || amount.compareTo(refundable) > 0) {
                throw ApiException.invalid("resolution.refund_amount", "must be from 0.01 to what the order has left to refund, "
                        + refundable.toPlainString());
            }
            refund = amount.setScale(2).toPlainString();
        } else if (r.refundAmount() != null) {
            throw ApiException.invalid("resolution.refund_amount", "only a REFUND has an amount");
        }
        Set<String> reasons = action.equals("RETURN") ? ReturnRequests.REASONS : action.equals("CANCEL") ? SellerActions.SELLER_REASONS : Set.of();
        if (reasons.isEmpty() ? r.reasonCode() != null : r.reasonCode() == null || !reasons.contains(r.reasonCode())) {
            throw ApiException.invalid("resolution.reason_code", reasons.isEmpty() ? "only a RETURN or a CANCEL has a reason code"
                    : "must be one of ONDC's " + (action.equals("RETURN") ? "return reasons: " : "cancellation reasons a seller may give: ")
                            + String.join(", ", new TreeSet<>(reasons)));
        }
        if (r.items() != null && !action.equals("RETURN")) {
            throw ApiException.invalid("resolution.items", "only a RETURN names items");
        }
        String shortDesc = r.shortDesc() != null && !r.shortDesc().isBlank() ? r.shortDesc().strip() : "Resolved: " + action;
        return new Resolution(shortDesc, r.longDesc(), action, refund, null, Map.of());
    }

    private static String defaultText(IssueMove move) {
        return switch (move) {
            case NEED_MORE_INFO -> "Please share more information";
            case RESOLVED -> "Complaint resolved";
            default -> "Complaint is being processed";
        };
    }
}
