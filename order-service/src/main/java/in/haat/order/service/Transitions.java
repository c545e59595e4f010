package in.haat.order.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The seller's actions on an order: from which states each is allowed and to which it leads (docs/order-api.md). */
public final class Transitions {

    /** An action's target: the order state and the fulfilment state after it. */
    public record Target(String state, String fulfilmentState) {
    }

    private record Rule(Set<String> fromFulfilment, Set<String> fromState, Target to) {
    }

    private static final Map<String, Rule> RULES = Map.of(
            "accept", new Rule(Set.of("Pending"), Set.of("Created"), new Target("Accepted", "Pending")),
            "reject", new Rule(Set.of("Pending", "Packed", "Agent-assigned"), Set.of("Created", "Accepted"), new Target("Cancelled", "Cancelled")),
            "pack", new Rule(Set.of("Pending"), Set.of("Accepted"), new Target("Accepted", "Packed")),
            "ready-to-ship", new Rule(Set.of("Packed"), Set.of("Accepted"), new Target("Accepted", "Agent-assigned")),
            "ship", new Rule(Set.of("Agent-assigned"), Set.of("Accepted"), new Target("In-progress", "Order-picked-up")),
            "out-for-delivery", new Rule(Set.of("Order-picked-up"), Set.of("In-progress"), new Target("In-progress", "Out-for-delivery")),
            "deliver", new Rule(Set.of("Out-for-delivery"), Set.of("In-progress"), new Target("Completed", "Order-delivered")));

    public static final Set<String> ACTIONS = RULES.keySet();

    private Transitions() {
    }

    /** Where {@code action} takes an order in these states; empty when the states do not permit it. */
    public static Optional<Target> apply(String action, String state, String fulfilmentState) {
        Rule rule = RULES.get(action);
        if (rule == null || !rule.fromState().contains(state) || !rule.fromFulfilment().contains(fulfilmentState)) {
            return Optional.empty();
        }
        return Optional.of(rule.to());
    }

    /** The action a Setu-style order_state asks for ("Accepted", "Packed", ... or an action name itself). */
    public static Optional<String> actionFor(String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        String w = wanted.strip();
        return Optional.ofNullable(switch (w) {
            case "Accepted" -> "accept";
            case "Cancelled", "Rejected" -> "reject";
            case "Packed" -> "pack";
            case "Agent-assigned" -> "ready-to-ship";
            case "Order-picked-up", "In-progress", "Shipped" -> "ship";
            case "Out-for-delivery" -> "out-for-delivery";
            case "Order-delivered", "Completed", "Delivered" -> "deliver";
            default -> ACTIONS.contains(w) ? w : null;
        });
    }
}
