package in.haat.order.service;

import in.haat.events.Outbox;
import in.haat.order.SellerOrder;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderChanged;
import in.haat.order.event.OrderEvents;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Every change of an order goes through here, in the caller's transaction: the row, a history entry, the order event
 * and (after the order exists) the unsolicited /on_status the change calls for, all committed together.
 */
@ApplicationScoped
public class OrderLifecycle {

    /** From pick-up on, /on_status carries the invoice (ONDC's validators require it). */
    static final Set<String> INVOICED = Set.of("Order-picked-up", "Out-for-delivery", "Order-delivered");

    private final OrderRepository orders;
    private final Outbox outbox;
    private final Callbacks callbacks;
    private final OndcOrders ondc;
    private final OrderConfig config;

    public OrderLifecycle(OrderRepository orders, Outbox outbox, Callbacks callbacks, OndcOrders ondc, OrderConfig config) {
        this.orders = orders;
        this.outbox = outbox;
        this.callbacks = callbacks;
        this.ondc = ondc;
        this.config = config;
    }

    /** Records a new order: the row, its first history entry and {@code order.created}. */
    public Uni<Void> created(SellerOrder order, String cause, Map<String, String> trace) {
        return orders.insert(order)
                .chain(() -> orders.record(order.id, new OrderRepository.Change(order.state, order.fulfilmentState, cause, order.createdAt)))
                .chain(() -> publish(OrderEvents.ORDER_CREATED, order, null, null, cause, trace));
    }

    /** Moves an order to new states and tells the buyer app with an unsolicited /on_status. */
    public Uni<SellerOrder> change(SellerOrder order, String state, String fulfilmentState, String cause, Map<String, String> trace) {
        String previousState = order.state;
        String previousFulfilment = order.fulfilmentState;
        Instant now = later(order.updatedAt);
        order.state = state;
        order.fulfilmentState = fulfilmentState;
        order.updatedAt = now;
        order.document = ondc.withState(order.document, state, fulfilmentState, now,
                INVOICED.contains(fulfilmentState) ? invoiceUrl(order) : null);
        return orders.update(order)
                .chain(() -> orders.record(order.id, new OrderRepository.Change(state, fulfilmentState, cause, now)))
                .chain(() -> publish(OrderEvents.ORDER_STATE_CHANGED, order, previousState, previousFulfilment, cause, trace))
                .chain(() -> callbacks.send("on_status", order.transactionId, null,
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("order", order.document), null, trace))
                .replaceWith(order);
    }

    public String invoiceUrl(SellerOrder order) {
        String base = config.publicUrl().endsWith("/") ? config.publicUrl() : config.publicUrl() + "/";
        return base + "ondc/invoices/" + java.net.URLEncoder.encode(order.id, java.nio.charset.StandardCharsets.UTF_8) + "/" + order.invoiceToken;
    }

    private Uni<Void> publish(String type, SellerOrder order, String previousState, String previousFulfilment, String cause,
            Map<String, String> trace) {
        OrderChanged payload = new OrderChanged(order.id, order.transactionId, order.storefrontId, order.sellerId, order.state,
                order.fulfilmentState, previousState, previousFulfilment, cause, order.total.toPlainString(), order.updatedAt);
        return (trace == null ? outbox.publish(OrderEvents.TOPIC, type, 1, order.id, payload)
                : outbox.publish(OrderEvents.TOPIC, type, 1, order.id, payload, trace)).replaceWithVoid();
    }

    /** Now, or a millisecond after {@code last}: the times of one order always increase. */
    static Instant later(Instant last) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return last != null && !now.isAfter(last) ? last.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusMillis(1) : now;
    }
}
