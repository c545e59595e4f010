package in.haat.order;

import java.util.Optional;

/** Where an issue stands (IGM's respondent view; a grievance is an escalated issue, kept as its type); moves: {@link IssueMove}. */
public enum IssueState implements Coded {

    /** Being worked on: the seller app acknowledged it (at once, automatically) or answered the buyer's information. */
    PROCESSING("PROCESSING"),
    /** The seller asked the buyer for more information. */
    NEED_MORE_INFO("NEED-MORE-INFO"),
    /** The seller resolved it with a resolution; the buyer may close or escalate it. */
    RESOLVED("RESOLVED"),
    /** The buyer closed it. */
    CLOSED("CLOSED");

    private final String code;

    IssueState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<IssueState> of(String code) {
        return Coded.find(IssueState.class, code);
    }

    public static class Column extends Coded.Column<IssueState> {

        public Column() {
            super(IssueState.class);
        }
    }
}
