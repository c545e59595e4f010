package in.haat.order;

import java.util.Optional;

/**
 * A fulfilment's state as ONDC names it (fulfillments[].state.descriptor.code), one constant per name whatever the
 * fulfilment's type: Cancelled is both the Delivery's end after a cancellation and the Cancel fulfilment's state;
 * the RTO fulfilment's RTO-Initiated, RTO-Delivered and RTO-Disposed, and a Return fulfilment's Return_Initiated to
 * Return_Delivered or Liquidated; their moves are in {@link Transitions}.
 */
public enum FulfilmentState implements Coded {

    PENDING("Pending"),
    PACKED("Packed"),
    AGENT_ASSIGNED("Agent-assigned"),
    ORDER_PICKED_UP("Order-picked-up"),
    OUT_FOR_DELIVERY("Out-for-delivery"),
    ORDER_DELIVERED("Order-delivered"),
    CANCELLED("Cancelled"),
    RTO_INITIATED("RTO-Initiated"),
    RTO_DELIVERED("RTO-Delivered"),
    RTO_DISPOSED("RTO-Disposed"),
    RETURN_INITIATED("Return_Initiated"),
    RETURN_APPROVED("Return_Approved"),
    RETURN_REJECTED("Return_Rejected"),
    RETURN_PICKED("Return_Picked"),
    RETURN_DELIVERED("Return_Delivered"),
    LIQUIDATED("Liquidated");

    private final String code;

    FulfilmentState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** From pick-up on the goods are on their way or there: /on_status carries the invoice, /on_track is active until delivery. */
    public boolean invoiced() {
        return this == ORDER_PICKED_UP || this == OUT_FOR_DELIVERY || this == ORDER_DELIVERED;
    }

    /** On the road: picked up and not yet delivered. */
    public boolean moving() {
        return this == ORDER_PICKED_UP || this == OUT_FOR_DELIVERY;
    }

    public static Optional<FulfilmentState> of(String code) {
        return Coded.find(FulfilmentState.class, code);
    }

    /** The column holds the {@link #code()}. */
    @jakarta.persistence.Converter
    public static class Column extends Coded.Column<FulfilmentState> {

        public Column() {
            super(FulfilmentState.class);
        }
    }
}
