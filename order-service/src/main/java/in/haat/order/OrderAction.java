package in.haat.order;

import java.util.Arrays;
import java.util.Optional;

/** What a seller may do to an order, by the name its REST path carries; where each may start and lead is in {@link Transitions}. */
public enum OrderAction {

    ACCEPT("accept"),
    REJECT("reject"),
    PACK("pack"),
    READY_TO_SHIP("ready-to-ship"),
    SHIP("ship"),
    OUT_FOR_DELIVERY("out-for-delivery"),
    DELIVER("deliver"),
    /** Some units of some lines cancelled before pick-up; the order goes on with the rest. */
    PART_CANCEL("part-cancel"),
    /** The order could not be delivered and comes back (return to origin): the order is cancelled. */
    START_RTO("rto"),
    RTO_DELIVERED("rto-delivered"),
    RTO_DISPOSED("rto-disposed"),
    /** A buyer's return request, by its return id: approved, rejected, picked up, delivered back, or refunded without pick-up. */
    RETURN_APPROVE("return-approve"),
    RETURN_REJECT("return-reject"),
    RETURN_PICKED("return-picked"),
    RETURN_DELIVERED("return-delivered"),
    RETURN_LIQUIDATE("return-liquidate");

    private final String path;

    OrderAction(String path) {
        this.path = path;
    }

    /** Whether the action takes an ONDC reason code (reject, RTO, part-cancel, a return's rejection). */
    public boolean takesReason() {
        return this == REJECT || this == START_RTO || this == PART_CANCEL || this == RETURN_REJECT;
    }

    /** Whether the action acts on one of the order's returns (its REST path names the return). */
    public boolean onReturn() {
        return name().startsWith("RETURN_");
    }

    /** The action's name in {@code POST /api/orders/{id}/{action}}. */
    public String path() {
        return path;
    }

    public static Optional<OrderAction> of(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    /** The action a Setu-style order_state asks for ("Accepted", "Packed", ... or an action name itself). */
    public static Optional<OrderAction> fromSetu(String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        String w = wanted.strip();
        return switch (w) {
            case "Accepted" -> Optional.of(ACCEPT);
            case "Cancelled", "Rejected" -> Optional.of(REJECT);
            case "Packed" -> Optional.of(PACK);
            case "Agent-assigned" -> Optional.of(READY_TO_SHIP);
            case "Order-picked-up", "In-progress", "Shipped" -> Optional.of(SHIP);
            case "Out-for-delivery" -> Optional.of(OUT_FOR_DELIVERY);
            case "Order-delivered", "Completed", "Delivered" -> Optional.of(DELIVER);
            case "RTO-Initiated" -> Optional.of(START_RTO);
            case "RTO-Delivered" -> Optional.of(RTO_DELIVERED);
            case "RTO-Disposed" -> Optional.of(RTO_DISPOSED);
            default -> of(w);
        };
    }
}
