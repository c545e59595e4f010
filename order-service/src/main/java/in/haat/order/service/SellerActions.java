package in.haat.order.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.events.Outbox;
import in.haat.order.SellerOrder;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.StockRequest;
import in.haat.order.mapping.OrderView;
import in.haat.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The seller's actions on its orders (accept, reject, pack, ready-to-ship, ship, out-for-delivery, deliver): each allowed
 * only from the states that permit it, each one transaction that changes the order, records it, publishes the order
 * event, tells the buyer app (/on_status) and, where stock moves, asks inventory-service to move it.
 */
@ApplicationScoped
public class SellerActions {

    /** Cancellation reasons a seller app may give (ONDC's list, "used by" SNP). */
    public static final Set<String> SELLER_REASONS = Set.of("002", "005", "011", "012", "013", "014", "015", "018", "019", "020", "022");

    private final OrderRepository orders;
    private final OrderAccess access;
    private final OrderLifecycle lifecycle;
    private final Outbox outbox;

    public SellerActions(OrderRepository orders, OrderAccess access, OrderLifecycle lifecycle, Outbox outbox) {
        this.orders = orders;
        this.access = access;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<OrderView> act(String orderId, String action, String reasonCode) {
        if (!Transitions.ACTIONS.contains(action)) {
            return Uni.createFrom().failure(ApiException.notFound("no action " + action + "; actions are " + String.join(", ", Transitions.ACTIONS)));
        }
        if ("reject".equals(action) && (reasonCode == null || !SELLER_REASONS.contains(reasonCode))) {
            return Uni.createFrom().failure(ApiException.invalid("reason_code",
                    "must be an ONDC cancellation reason a seller may give: " + String.join(", ", new java.util.TreeSet<>(SELLER_REASONS))));
        }
        return orders.lock(orderId).chain(order -> access.require(order, orderId)).chain(order -> {
            Transitions.Target target = Transitions.apply(action, order.state, order.fulfilmentState).orElseThrow(() -> new ApiException(409,
                    ErrorCodes.CONFLICT, "cannot " + action + " an order that is " + order.state + " / " + order.fulfilmentState));
            String wasFulfilment = order.fulfilmentState;
            if ("reject".equals(action)) {
                ObjectNode cancellation = ((ObjectNode) order.document).putObject("cancellation");
                cancellation.put("cancelled_by", "seller");
                cancellation.putObject("reason").put("id", reasonCode);
            }
            String cause = "reject".equals(action) ? "rejected by the seller (reason " + reasonCode + ")" : action + " by the seller";
            return lifecycle.change(order, target.state(), target.fulfilmentState(), cause, null)
                    .chain(changed -> stockMove(changed, action, wasFulfilment).replaceWith(changed));
        }).chain(order -> orders.history(order.id).map(history -> OrderView.of(order, history)));
    }

    /** Shipping takes committed units off the shelf; rejecting gives them back to available. */
    private Uni<Void> stockMove(SellerOrder order, String action, String wasFulfilment) {
        String type = switch (action) {
            case "ship" -> OrderEvents.STOCK_SHIP_REQUESTED;
            case "reject" -> OrderEvents.STOCK_RETURN_REQUESTED;
            default -> null;
        };
        if (type == null) {
            return Uni.createFrom().voidItem();
        }
        List<StockRequest.Line> lines = new java.util.ArrayList<>();
        order.document.path("items").forEach(i -> lines.add(new StockRequest.Line(UUID.fromString(i.path("id").asText()),
                i.path("quantity").path("count").asInt())));
        return outbox.publish(OrderEvents.TOPIC, type, 1, "order." + order.id,
                new StockRequest("order." + order.id, order.storefrontId, order.sellerId, order.transactionId, order.id, lines, null))
                .replaceWithVoid();
    }
}
