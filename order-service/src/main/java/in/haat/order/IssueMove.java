package in.haat.order;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every action on an issue, the complainant's (IGM's OPEN, INFO_PROVIDED, ESCALATE, CLOSE) and the respondent's
 * (PROCESSING, NEED-MORE-INFO, RESOLVED), with the states it may start from and the state it leads to: the one place
 * the issue's moves are decided. CASCADED is not offered: the seller is the last party an issue reaches.
 */
public enum IssueMove implements Coded {

    OPEN("OPEN", true, EnumSet.noneOf(IssueState.class), IssueState.PROCESSING),
    INFO_PROVIDED("INFO_PROVIDED", true, EnumSet.of(IssueState.NEED_MORE_INFO, IssueState.PROCESSING), IssueState.PROCESSING),
    ESCALATE("ESCALATE", true, EnumSet.of(IssueState.PROCESSING, IssueState.NEED_MORE_INFO, IssueState.RESOLVED), IssueState.PROCESSING),
    CLOSE("CLOSE", true, EnumSet.of(IssueState.PROCESSING, IssueState.NEED_MORE_INFO, IssueState.RESOLVED), IssueState.CLOSED),
    PROCESSING("PROCESSING", false, EnumSet.of(IssueState.PROCESSING, IssueState.NEED_MORE_INFO), IssueState.PROCESSING),
    NEED_MORE_INFO("NEED-MORE-INFO", false, EnumSet.of(IssueState.PROCESSING), IssueState.NEED_MORE_INFO),
    RESOLVED("RESOLVED", false, EnumSet.of(IssueState.PROCESSING, IssueState.NEED_MORE_INFO), IssueState.RESOLVED);

    private final String code;
    private final boolean complainant;
    private final Set<IssueState> from;
    private final IssueState to;

    IssueMove(String code, boolean complainant, Set<IssueState> from, IssueState to) {
        this.code = code;
        this.complainant = complainant;
        this.from = from;
        this.to = to;
    }

    @Override
    public String code() {
        return code;
    }

    /** True for the buyer's side (complainant_actions), false for ours (respondent_actions). */
    public boolean complainant() {
        return complainant;
    }

    /** The state after this move from {@code current} (null: the issue is new), or empty if the move is not permitted. */
    public Optional<IssueState> apply(IssueState current) {
        if (current == null) {
            return this == OPEN ? Optional.of(to) : Optional.empty();
        }
        return from.contains(current) ? Optional.of(to) : Optional.empty();
    }

    /** The move named {@code code} in any case (IGM 2.0.0's INFO_REQUESTED, ESCALATED, CLOSED are NEED-MORE-INFO, ESCALATE, CLOSE). */
    public static Optional<IssueMove> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase();
        return switch (c) {
            case "INFO_REQUESTED" -> Optional.of(NEED_MORE_INFO);
            case "ESCALATED" -> Optional.of(ESCALATE);
            case "CLOSED" -> Optional.of(CLOSE);
            default -> Arrays.stream(values()).filter(m -> m.code.equals(c)).findFirst();
        };
    }

    /** The move's name in IGM 2.0.0's actions. */
    public String code2() {
        return switch (this) {
            case NEED_MORE_INFO -> "INFO_REQUESTED";
            case ESCALATE -> "ESCALATED";
            case CLOSE -> "CLOSED";
            default -> code;
        };
    }

    /** The seller's moves (what the REST API's respond takes). */
    public static Set<IssueMove> respondent() {
        return EnumSet.of(PROCESSING, NEED_MORE_INFO, RESOLVED);
    }

    public static class Column extends Coded.Column<IssueMove> {

        public Column() {
            super(IssueMove.class);
        }
    }
}
