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
    DELIVER("deliver");

    private final String path;

    OrderAction(String path) {
        this.path = path;
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
            default -> of(w);
        };
    }
}
