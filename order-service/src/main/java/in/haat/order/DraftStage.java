package in.haat.order;

/**
 * Where an ONDC transaction is on its way to an order. Which stage may follow which is {@link Transitions}' to say;
 * {@code code} is what order_draft.stage holds.
 */
public enum DraftStage implements Coded {

    /** Quoted at /select. */
    SELECTED("selected", false),
    /** /init answered by a stock request; /on_init waits for the hold. */
    HOLDING("holding", false),
    /** Stock held, /on_init sent. */
    HELD("held", true),
    /** No stock to hold, /on_init sent with 40002. */
    HOLD_REFUSED("hold-refused", true),
    /** /confirm checked, stock commit asked. */
    CONFIRMING("confirming", true),
    /** The order exists. */
    CONFIRMED("confirmed", true),
    /** The commit found no stock: no order. */
    REFUSED("refused", true);

    private final String code;
    private final boolean initAnswered;

    DraftStage(String code, boolean initAnswered) {
        this.code = code;
        this.initAnswered = initAnswered;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether /on_init was sent for the transaction (a /confirm may refer to it). */
    public boolean initAnswered() {
        return initAnswered;
    }

    public boolean canMoveTo(DraftStage next) {
        return Transitions.allowed(this, next);
    }

    /** Whether the buyer may still /select and /init again: the transaction has not gone on to an order. */
    public boolean acceptsInit() {
        return canMoveTo(HOLDING);
    }

    public static DraftStage of(String code) {
        return Coded.find(DraftStage.class, code).orElseThrow(() -> new IllegalArgumentException("no draft stage " + code));
    }

    /** The column holds the {@link #code()}. */
    @jakarta.persistence.Converter
    public static class Column extends Coded.Column<DraftStage> {

        public Column() {
            super(DraftStage.class);
        }
    }
}
