package in.haat.order;

import java.time.Duration;
import java.time.Instant;

/**
 * When the seller must respond to an issue and resolve it, after a move: a response is due {@code response} after the
 * buyer raised it or gave information (any respondent action meets it), a resolution {@code resolution} after it was
 * raised or escalated (a resolution or the buyer's close meets it). Null: nothing due.
 */
public record IssueDeadlines(Instant respondBy, Instant resolveBy) {

    /** The deadlines after {@code move} made at {@code at}, from {@code before} (null for a new issue). */
    public static IssueDeadlines after(IssueMove move, Instant at, IssueDeadlines before, Duration response, Duration resolution) {
        IssueDeadlines was = before == null ? new IssueDeadlines(null, null) : before;
        return switch (move) {
            case OPEN -> new IssueDeadlines(at.plus(response), at.plus(resolution));
            case INFO_PROVIDED -> new IssueDeadlines(at.plus(response), was.resolveBy());
            case ESCALATE -> new IssueDeadlines(at.plus(response), at.plus(resolution));
            case CLOSE -> new IssueDeadlines(null, null);
            case PROCESSING, NEED_MORE_INFO -> new IssueDeadlines(null, was.resolveBy());
            case RESOLVED -> new IssueDeadlines(null, null);
        };
    }

    /** True if a response or a resolution was due before {@code now} and has not come. */
    public boolean overdue(Instant now) {
        return respondBy != null && respondBy.isBefore(now) || resolveBy != null && resolveBy.isBefore(now);
    }
}
