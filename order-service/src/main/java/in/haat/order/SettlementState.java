package in.haat.order;

import java.util.Optional;

/**
 * Where an order's settlement stands, and every move between the states ({@link #after}): pending until the settlement
 * agency reports it paid as we reckon it (settled); disputed when the collector's /recon or a report states amounts we
 * do not agree with.
 */
public enum SettlementState implements Coded {

    PENDING("pending"),
    SETTLED("settled"),
    DISPUTED("disputed");

    /** What can happen to a settlement. */
    public enum Event {
        /** The collector's /recon states the amounts we reckon. */
        RECON_AGREED,
        /** The collector's /recon states other amounts. */
        RECON_DISPUTED,
        /** A settlement report says the order was paid, the amount we reckon. */
        REPORT_SETTLED,
        /** A settlement report says it was paid another amount. */
        REPORT_MISMATCHED,
        /** A settlement report says it was not paid (yet). */
        REPORT_NOT_SETTLED
    }

    private final String code;

    SettlementState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The state after {@code event}: an agreed recon clears an earlier dispute but never unsettles; a disputed recon or a
     * mismatched report disputes whatever was; a matched report settles; an unpaid report leaves it where it was.
     */
    public SettlementState after(Event event) {
        return switch (event) {
            case RECON_AGREED -> this == SETTLED ? SETTLED : PENDING;
            case RECON_DISPUTED, REPORT_MISMATCHED -> DISPUTED;
            case REPORT_SETTLED -> SETTLED;
            case REPORT_NOT_SETTLED -> this;
        };
    }

    public static Optional<SettlementState> of(String code) {
        return Coded.find(SettlementState.class, code);
    }

    public static class Column extends Coded.Column<SettlementState> {

        public Column() {
            super(SettlementState.class);
        }
    }
}
