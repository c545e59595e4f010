package in.haat.order;

/**
 * The kind of an order's fulfilment as ONDC names it (fulfillments[].type): the forward Delivery, the Cancel
 * fulfilment a cancellation or part-cancel adds (its tags say why, who asked and what was refunded), the RTO
 * fulfilment of goods coming back undelivered, and a Return fulfilment per buyer's return request; their states are in {@link FulfilmentState}, their moves in
 * {@link Transitions}.
 */
public enum FulfilmentType implements Coded {

    DELIVERY("Delivery"),
    CANCEL("Cancel"),
    RTO("RTO"),
    RETURN("Return");

    private final String code;

    FulfilmentType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static FulfilmentType of(String code) {
        return Coded.find(FulfilmentType.class, code).orElseThrow(() -> new IllegalArgumentException("no fulfilment type " + code));
    }

    /** The column holds the {@link #code()}. */
    @jakarta.persistence.Converter
    public static class Column extends Coded.Column<FulfilmentType> {

        public Column() {
            super(FulfilmentType.class);
        }
    }
}
