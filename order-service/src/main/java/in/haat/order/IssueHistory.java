package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One action on an issue, the buyer's or ours: the move, the state after it, what was said, by whom, and when. */
@Entity
@Table(name = "order_issue_action")
public class IssueHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_issue_action_id")
    @SequenceGenerator(name = "order_issue_action_id", sequenceName = "order_issue_action_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "issue_id", nullable = false)
    public String issueId;

    @Convert(converter = IssueMove.Column.class)
    @Column(nullable = false)
    public IssueMove move;

    /** The action's id in IGM 2.0.0's actions: the buyer app's own for its actions, "R" and our row id for ours. */
    @Column(name = "action_id", nullable = false)
    public String actionId;

    @Column(nullable = false)
    public boolean complainant;

    @Convert(converter = IssueState.Column.class)
    @Column(nullable = false)
    public IssueState state;

    @Column(name = "short_desc")
    public String shortDesc;

    @Column(name = "by_name")
    public String byName;

    /** The buyer's /issue that carried it; null for ours. */
    @Column(name = "message_id")
    public String messageId;

    @Column(nullable = false)
    public Instant at;

    public static IssueHistory of(OrderIssue issue, IssueMove move, String actionId, String shortDesc, String byName, String messageId,
            Instant at) {
        IssueHistory h = new IssueHistory();
        h.actionId = actionId;
        h.issueId = issue.id;
        h.move = move;
        h.complainant = move.complainant();
        h.state = issue.state;
        h.shortDesc = shortDesc;
        h.byName = byName;
        h.messageId = messageId;
        h.at = at;
        return h;
    }
}
