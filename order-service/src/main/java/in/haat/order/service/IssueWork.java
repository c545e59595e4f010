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

/**
 * The seller works an issue: PROCESSING, NEED-MORE-INFO, or RESOLVED with a resolution, each where {@link IssueMove}
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

    public IssueWork(IssueRepository issues, IssueHistoryRepository history, OrderRepository orders, IssueAccess access, IssueMoves moves,
            IgmAnswers answers, Callbacks callbacks, IgmConfig config) {
        this.issues = issues;
        this.history = history;
        this.orders = orders;
        this.access = access;
        this.moves = moves;
        this.answers = answers;
        this.callbacks = callbacks;
        this.config = config;
    }

    @WithTransaction
    public Uni<IssueView> respond(String issueId, IssueResponse body) {
        return Uni.createFrom().item(() -> checked(body)).chain(move -> issues.lock(issueId).chain(issue -> access.require(issue, issueId))
                .chain(issue -> orders.findById(issue.orderId).chain(order -> {
                    if (move.apply(issue.state).isEmpty()) {
                        return Uni.createFrom().failure(new ApiException(409, ErrorCodes.CONFLICT,
                                "cannot answer " + move.code() + " to an issue that is " + issue.state.code()));
                    }
                    if (move == IssueMove.RESOLVED) {
                        issue.resolution = OndcJson.tree(resolution(body.resolution(), order.total));
                    }
                    String said = body.shortDesc() != null && !body.shortDesc().isBlank() ? body.shortDesc().strip() : defaultText(move);
                    Instant now = Instant.now();
                    return moves.move(issue, move, null, said, config.respondent().name(), null, now, null)
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

    /** IGM's resolution from the seller's; a refund is of 0.01 up to the order's total. */
    static Resolution resolution(IssueResponse.Resolution r, BigDecimal orderTotal) {
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
            if (amount.scale() > 2 || amount.signum() <= 0 || amount.compareTo(orderTotal) > 0) {
                throw ApiException.invalid("resolution.refund_amount", "must be from 0.01 to the order's total, " + orderTotal.toPlainString());
            }
            refund = amount.setScale(2).toPlainString();
        } else if (r.refundAmount() != null) {
            throw ApiException.invalid("resolution.refund_amount", "only a REFUND has an amount");
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
