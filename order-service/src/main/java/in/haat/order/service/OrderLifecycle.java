package in.haat.order.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.Outbox;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import in.haat.order.OrderFulfilment;
import in.haat.order.OrderHistory;
import in.haat.order.OrderSettlement;
import in.haat.order.OrderLine;
import in.haat.order.OrderState;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderChanged;
import in.haat.order.event.OrderEvents;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.HistoryRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.OrderRepository;
import in.haat.order.repository.SettlementRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Every change of an order goes through here, in the caller's transaction: the order, its fulfilment, a history entry,
 * the order event and (after the order exists) the callback the change calls for, all committed together.
 */
@ApplicationScoped
public class OrderLifecycle {

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final FulfilmentRepository fulfilments;
    private final HistoryRepository history;
    private final Outbox outbox;
    private final Callbacks callbacks;
    private final OndcOrders ondc;
    private final OrderConfig config;
    private final SettlementRepository settlements;

    public OrderLifecycle(OrderRepository orders, OrderLineRepository lines, FulfilmentRepository fulfilments, HistoryRepository history,
            Outbox outbox, Callbacks callbacks, OndcOrders ondc, OrderConfig config, SettlementRepository settlements) {
        this.settlements = settlements;
        this.orders = orders;
        this.lines = lines;
        this.fulfilments = fulfilments;
        this.history = history;
        this.outbox = outbox;
        this.callbacks = callbacks;
        this.ondc = ondc;
        this.config = config;
    }

    /** Records a new order: the order, its lines, its Delivery fulfilment, its first history entry and {@code order.created}. */
    public Uni<Void> created(SellerOrder order, List<OrderLine> orderLines, String cause, Map<String, String> trace) {
        OrderFulfilment delivery = OrderFulfilment.of(order, Quote.FULFILMENT_ID, FulfilmentType.DELIVERY, order.fulfilmentState);
        // The order is written at once: lines, fulfilment and history refer to it, and their entities do not say so.
        return orders.persistAndFlush(order)
                .chain(() -> lines.persist(orderLines))
                .chain(() -> fulfilments.persist(delivery))
                .chain(() -> history.persist(OrderHistory.of(order, cause, order.createdAt)))
                .chain(() -> settlements.persist(OrderSettlement.of(order)))
                .chain(() -> publish(OrderEvents.ORDER_CREATED, order, null, null, cause, trace));
    }

    /**
     * How the buyer app is told of a change: the callback, the request it answers (null: unsolicited) and what the
     * change adds to the order beyond its states (the order as kept is the order as sent).
     */
    public record Told(String action, String requestMessageId, UnaryOperator<ObjectNode> shape) {

        /** An unsolicited /on_status with the order as it stands. */
        public static final Told STATUS = new Told("on_status", null, UnaryOperator.identity());
    }

    /**
     * Moves an order to {@code to} (the order state, and the state of its fulfilment of type {@code on}) and tells the
     * buyer app with an unsolicited /on_status.
     */
    public Uni<SellerOrder> change(SellerOrder order, FulfilmentType on, Transitions.Target to, String cause, Map<String, String> trace) {
        return change(order, on, to, cause, Told.STATUS, trace);
    }

    /** The same, telling the buyer app as {@code told} says. */
    public Uni<SellerOrder> change(SellerOrder order, FulfilmentType on, Transitions.Target to, String cause, Told told,
            Map<String, String> trace) {
        OrderState previousState = order.state;
        FulfilmentState previousFulfilment = order.fulfilmentState;
        Instant now = later(order.updatedAt);
        order.state = to.state();
        if (on == FulfilmentType.DELIVERY) {
            order.fulfilmentState = to.fulfilmentState();
        }
        order.updatedAt = now;
        // The document's first fulfilment is the Delivery: a move of another fulfilment (RTO) is the shape's to show.
        FulfilmentState delivery = order.fulfilmentState;
        order.document = told.shape().apply(ondc.withState(order.document, to.state(), delivery, now,
                delivery.invoiced() ? invoiceUrl(order) : null, order.coreVersion));
        return fulfilments.of(order.id, on)
                .invoke(fulfilment -> {
                    if (fulfilment != null) {
                        fulfilment.state = to.fulfilmentState();
                        fulfilment.updatedAt = now;
                    }
                })
                .chain(() -> history.persist(OrderHistory.of(order, cause, now)))
                .chain(() -> publish(OrderEvents.ORDER_STATE_CHANGED, order, previousState, previousFulfilment, cause, trace))
                .chain(() -> callbacks.send(told.action(), order.transactionId, told.requestMessageId(),
                        JsonNodeFactory.instance.objectNode().set("order", order.document), null, trace))
                .replaceWith(order);
    }

    /**
     * Changes an order without moving its states (a part-cancel, a buyer's settlement details): the order as
     * {@code told} shapes it, a history entry, the order event {@code eventType} and the callback.
     */
    public Uni<SellerOrder> updated(SellerOrder order, String eventType, String cause, Told told, Map<String, String> trace) {
        Instant now = later(order.updatedAt);
        order.updatedAt = now;
        order.document = told.shape().apply(ondc.touched(order.document, now));
        return history.persist(OrderHistory.of(order, cause, now))
                .chain(() -> publish(eventType, order, order.state, order.fulfilmentState, cause, trace))
                .chain(() -> callbacks.send(told.action(), order.transactionId, told.requestMessageId(),
                        JsonNodeFactory.instance.objectNode().set("order", order.document), null, trace))
                .replaceWith(order);
    }

    public String invoiceUrl(SellerOrder order) {
        String base = config.publicUrl().endsWith("/") ? config.publicUrl() : config.publicUrl() + "/";
        return base + "ondc/invoices/" + URLEncoder.encode(order.id, StandardCharsets.UTF_8) + "/" + order.invoiceToken;
    }

    private Uni<Void> publish(String type, SellerOrder order, OrderState previousState, FulfilmentState previousFulfilment, String cause,
            Map<String, String> trace) {
        OrderChanged payload = new OrderChanged(order.id, order.transactionId, order.storefrontId, order.sellerId, order.state.code(),
                order.fulfilmentState.code(), previousState == null ? null : previousState.code(),
                previousFulfilment == null ? null : previousFulfilment.code(), cause, order.total.toPlainString(), order.updatedAt);
        return (trace == null ? outbox.publish(OrderEvents.TOPIC, type, 1, order.id, payload)
                : outbox.publish(OrderEvents.TOPIC, type, 1, order.id, payload, trace)).replaceWithVoid();
    }

    /** Now, or a millisecond after {@code last}: the times of one order always increase. */
    static Instant later(Instant last) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return last != null && !now.isAfter(last) ? last.truncatedTo(ChronoUnit.MILLIS).plusMillis(1) : now;
    }
}
