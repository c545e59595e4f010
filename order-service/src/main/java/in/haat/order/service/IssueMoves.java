package in.haat.order.service;

import in.haat.events.Outbox;
import in.haat.ondc.OndcDuration;
import in.haat.ondc.OndcJson;
import in.haat.order.IssueDeadlines;
import in.haat.order.IssueHistory;
import in.haat.order.IssueMove;
import in.haat.order.IssueState;
import in.haat.order.OrderIssue;
import in.haat.order.config.IgmConfig;
import in.haat.order.event.IssueChanged;
import in.haat.order.event.OrderEvents;
import in.haat.order.repository.IssueHistoryRepository;
import in.haat.order.repository.IssueRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Makes one move on an issue, the buyer's or ours, in the caller's transaction: the state {@link IssueMove} permits,
 * the deadlines after it ({@link IssueDeadlines}), the grievance type and GRO on an escalation (a grievance's: the
 * dispute type and ODR provider), the history entry and
 * {@code order.issue-changed}. The caller has checked the move is permitted.
 */
@ApplicationScoped
public class IssueMoves {

    /** The longest expected response or resolution time an issue may state (more is read as ours). */
    private static final Duration LONGEST = Duration.ofDays(30);

    private final IssueRepository issues;
    private final IssueHistoryRepository history;
    private final Outbox outbox;
    private final IgmConfig config;
    private final IgmAnswers answers;

    public IssueMoves(IssueRepository issues, IssueHistoryRepository history, Outbox outbox, IgmConfig config, IgmAnswers answers) {
        this.issues = issues;
        this.history = history;
        this.outbox = outbox;
        this.config = config;
        this.answers = answers;
    }

    /** The issue's response time: its own expected_response_time if it states one we can read, else ours. */
    public Duration responseTime(String stated) {
        return OndcDuration.parse(stated, LONGEST).filter(d -> !d.isZero()).orElse(config.responseTime());
    }

    public Duration resolutionTime(String stated) {
        return OndcDuration.parse(stated, LONGEST).filter(d -> !d.isZero()).orElse(config.resolutionTime());
    }

    /**
     * {@code move} on {@code issue} at {@code at} ({@code actionId} the buyer app's own id of it, or null for ours);
     * answers the issue after it.
     */
    public Uni<OrderIssue> move(OrderIssue issue, IssueMove move, String actionId, String shortDesc, String byName, String messageId,
            Instant at, Map<String, String> trace) {
        IssueState previous = issue.state;
        issue.state = move.apply(previous).orElseThrow(() -> new IllegalStateException(move + " from " + previous));
        IssueDeadlines deadlines = IssueDeadlines.after(move, at, issue.deadlines(), responseTime(issue.responseTime),
                resolutionTime(issue.resolutionTime));
        issue.respondBy = deadlines.respondBy();
        issue.resolveBy = deadlines.resolveBy();
        if (move == IssueMove.ESCALATE && IgmAnswers.GRIEVANCE.equals(issue.issueType)) {
            // A grievance escalated again is a dispute: it goes on to the ODR provider we name.
            issue.issueType = IgmAnswers.DISPUTE;
            IgmConfig.Odr odr = answers.odr(issue);
            issue.odr = OndcJson.tree(Map.of("name", odr.name(), "url", odr.url(), "short_desc", odr.shortDesc()));
        } else if (move == IssueMove.ESCALATE) {
            issue.issueType = IgmAnswers.GRIEVANCE;
            IgmConfig.Officer gro = answers.gro(issue);
            issue.gro = OndcJson.tree(Map.of("name", gro.name(), "phone", gro.phone(), "email", gro.email()));
        }
        issue.updatedAt = at;
        IssueHistory entry = IssueHistory.of(issue, move, actionId == null ? "pending" : actionId, shortDesc, byName, messageId, at);
        Uni<Void> stored = previous == null ? issues.persist(issue).replaceWithVoid() : Uni.createFrom().voidItem();
        return stored.chain(() -> history.persist(entry))
                .invoke(saved -> {
                    if (actionId == null) {
                        saved.actionId = "R" + saved.id;
                    }
                })
                .chain(() -> outbox.publish(OrderEvents.TOPIC, OrderEvents.ISSUE_CHANGED, 1, issue.orderId,
                        new IssueChanged(issue.id, issue.orderId, issue.storefrontId, issue.sellerId, move.code(), move.complainant(),
                                issue.state.code(), previous == null ? null : previous.code(), issue.issueType, issue.resolution,
                                issue.respondBy, issue.resolveBy, at), trace))
                .replaceWith(issue);
    }
}
