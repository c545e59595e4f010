package in.haat.order;

import java.util.Optional;

/** An order's state as ONDC names it (order.state); the actions that move it are in {@link Transitions}. */
public enum OrderState implements Coded {

    CREATED("Created"),
    ACCEPTED("Accepted"),
    IN_PROGRESS("In-progress"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String code;

    OrderState(String code) {
        this.code = code;
    }

    /** ONDC's name, as messages, the API and the database carry it. */
    @Override
    public String code() {
        return code;
    }

    public static Optional<OrderState> of(String code) {
        return Coded.find(OrderState.class, code);
    }

    /** The column holds the {@link #code()}. */
    @jakarta.persistence.Converter
    public static class Column extends Coded.Column<OrderState> {

        public Column() {
            super(OrderState.class);
        }
    }
}
