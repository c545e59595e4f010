package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.OrderMessage;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import in.haat.order.OrderFulfilment;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.event.OrderEvents;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Cancelling a whole order before pick-up, by the buyer app's /cancel or the seller's reject: the order and its
 * Delivery Cancelled, a Cancel fulfilment, the quote refunded, the committed units given back to available through
 * inventory-service, and /on_cancel. A /cancel the order's state does not permit is answered with ONDC's error and
 * changes nothing. Runs in the caller's transaction (the consumer's, or the seller action's).
 */
@ApplicationScoped
public class CancelFlow {

    /**
     * Cancellation reasons a buyer app may give: ONDC's list, "used by" BNP (001, 003, 006, 009, 010) and the codes its
     * own /cancel examples send (004, 013) or buyer apps relay for their buyers (002, 005, 011, 012).
     */
    public static final Set<String> BUYER_REASONS = Set.of("001", "002", "003", "004", "005", "006", "009", "010", "011", "012", "013");

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final FulfilmentRepository fulfilments;
    private final OrderLifecycle lifecycle;
    private final StockRequests stock;
    private final Callbacks callbacks;

    public CancelFlow(OrderRepository orders, OrderLineRepository lines, FulfilmentRepository fulfilments, OrderLifecycle lifecycle,
            StockRequests stock, Callbacks callbacks) {
        this.orders = orders;
        this.lines = lines;
        this.fulfilments = fulfilments;
        this.lifecycle = lifecycle;
        this.stock = stock;
        this.callbacks = callbacks;
    }

    /** The buyer app's /cancel of {@code message.order_id} for {@code message.cancellation_reason_id}. */
    public Uni<Void> cancel(BuyerRequest r, Map<String, String> trace) {
        OrderMessage message = r.ondcMessage();
        String orderId = message.orderId() == null ? "" : message.orderId();
        String reasonId = message.cancellationReasonId() == null ? "" : message.cancellationReasonId();
        return orders.lock(orderId).chain(order -> {
            // Another buyer app's order, or one of another transaction, is not this buyer's to cancel: as if there were none.
            if (order == null || !order.bapId.equals(r.bapId()) || !order.transactionId.equals(r.transactionId())) {
                return refuse(r, JsonNodeFactory.instance.objectNode().put("id", orderId), "DOMAIN-ERROR", "30018", "order not found", trace);
            }
            if (!BUYER_REASONS.contains(reasonId)) {
                return refuse(r, order.document, "DOMAIN-ERROR", "30012", "cancellation_reason_id " + reasonId
                        + " is not a cancellation reason a buyer app may give", trace);
            }
            // The buyer pays the fee our cancellation terms (1.2.5) state for this state and reason; the seller's never does.
            BigDecimal fee = Cancellation.fee(order.document, order.fulfilmentState, reasonId);
            String cause = "cancelled by the buyer app " + r.bapId() + " (reason " + reasonId + ")"
                    + (fee.signum() > 0 ? ", cancellation fee " + fee.toPlainString() : "");
            return Transitions.buyerCancel(order.state, order.fulfilmentState)
                    .map(to -> cancel(order, to, reasonId, r.bapId(), r.messageId(), fee, cause, trace).replaceWithVoid())
                    .orElseGet(() -> refuse(r, order.document, "DOMAIN-ERROR", "50001", "cancellation not possible: the order is "
                            + order.state.code() + " / " + order.fulfilmentState.code(), trace));
        });
    }

    /**
     * Cancels {@code order} (to {@code to}, which {@link Transitions} gave) for {@code reasonId}, cancelled by
     * {@code cancelledBy}; /on_cancel answers {@code requestMessageId} (null: unsolicited, the seller's cancellation).
     */
    public Uni<SellerOrder> cancel(SellerOrder order, Transitions.Target to, String reasonId, String cancelledBy, String requestMessageId,
            String cause, Map<String, String> trace) {
        return cancel(order, to, reasonId, cancelledBy, requestMessageId, BigDecimal.ZERO, cause, trace);
    }

    /** The same, the buyer paying a cancellation {@code fee} (zero: none): the order's total becomes the fee. */
    Uni<SellerOrder> cancel(SellerOrder order, Transitions.Target to, String reasonId, String cancelledBy, String requestMessageId,
            BigDecimal fee, String cause, Map<String, String> trace) {
        FulfilmentState precancel = order.fulfilmentState;
        String updatedAt = OndcJson.read(order.document, Order.class).updatedAt();
        String precancelUpdatedAt = updatedAt == null ? "" : updatedAt;
        order.total = Cancellation.total(Cancellation.of(order.document, reasonId, cancelledBy, precancel, null, fee));
        OrderLifecycle.Told told = new OrderLifecycle.Told("on_cancel", requestMessageId,
                document -> Cancellation.of(document, reasonId, cancelledBy, precancel, precancelUpdatedAt, fee));
        return lifecycle.change(order, FulfilmentType.DELIVERY, to, cause, told, trace)
                // A part-cancel before may have opened the Cancel fulfilment already.
                .call(cancelled -> fulfilments.of(cancelled.id, FulfilmentType.CANCEL).chain(existing -> existing != null ? Uni.createFrom().voidItem()
                        : fulfilments.persist(OrderFulfilment.of(cancelled, Cancellation.FULFILMENT_ID, FulfilmentType.CANCEL,
                                FulfilmentState.CANCELLED)).replaceWithVoid()))
                // The units were committed at /confirm and have not left the store: they are available again.
                .call(cancelled -> lines.of(cancelled.id).chain(l -> stock.forOrder(OrderEvents.STOCK_RETURN_REQUESTED, cancelled, l)));
    }

    private Uni<Void> refuse(BuyerRequest r, JsonNode order, String type, String code, String reason, Map<String, String> trace) {
        return callbacks.send("on_cancel", r.transactionId(), r.messageId(), JsonNodeFactory.instance.objectNode().set("order", order),
                Callbacks.error(type, code, reason), trace);
    }
}
