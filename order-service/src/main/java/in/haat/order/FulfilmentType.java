package in.haat.order;

/**
 * The kind of an order's fulfilment as ONDC names it (fulfillments[].type). Today an order has one, the forward
 * Delivery; cancellation, return and RTO fulfilments (Cancel, Return, RTO) are further constants, their states in
 * {@link FulfilmentState} and their moves in {@link Transitions}.
 */
public enum FulfilmentType implements Coded {

    DELIVERY("Delivery");

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
