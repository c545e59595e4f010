package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Order;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import in.haat.order.OrderAction;
import in.haat.order.OrderFulfilment;
import in.haat.order.OrderReturn;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.StockRequest;
import in.haat.order.mapping.OrderView;
import in.haat.order.mapping.ReturnStep;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.HistoryRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.OrderRepository;
import in.haat.order.repository.ReturnRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seller's actions on a buyer's return (approve, reject with a reason, picked up, delivered back, liquidate:
 * refund without pick-up), each from the Return fulfilment states {@link Transitions} permits, in one transaction: the
 * return's state, at pick-up or liquidation the refund (line and quote reduced, the return's quote trail), at delivery
 * the units back on hand through inventory-service (unless the seller says they are unsellable),
 * {@code order.return-changed}, a history entry and the unsolicited /on_update.
 */
@ApplicationScoped
public class ReturnActions {

    /** ONDC's reasons a seller app may give for rejecting a return (the log validator's list). */
    public static final Set<String> REJECT_REASONS = Set.of("001", "002", "003", "004", "005", "007", "008");

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final FulfilmentRepository fulfilments;
    private final ReturnRepository returns;
    private final HistoryRepository history;
    private final OrderAccess access;
    private final OrderLifecycle lifecycle;
    private final StockRequests stock;
    private final TaxDocuments taxDocuments;

    public ReturnActions(OrderRepository orders, OrderLineRepository lines, FulfilmentRepository fulfilments, ReturnRepository returns,
            HistoryRepository history, OrderAccess access, OrderLifecycle lifecycle, StockRequests stock, TaxDocuments taxDocuments) {
        this.taxDocuments = taxDocuments;
        this.orders = orders;
        this.lines = lines;
        this.fulfilments = fulfilments;
        this.returns = returns;
        this.history = history;
        this.access = access;
        this.lifecycle = lifecycle;
        this.stock = stock;
    }

    @WithTransaction
    public Uni<OrderView> act(String orderId, String returnId, String actionName, ReturnStep step) {
        String reasonCode = step.reasonCode();
        OrderAction action = OrderAction.of("return-" + actionName).filter(OrderAction::onReturn).orElse(null);
        if (action == null) {
            return Uni.createFrom().failure(ApiException.notFound("no return action " + actionName
                    + "; actions are approve, reject, picked, delivered, liquidate"));
        }
        if (action.takesReason() && (reasonCode == null || !REJECT_REASONS.contains(reasonCode))) {
            return Uni.createFrom().failure(ApiException.invalid("reason_code", "must be an ONDC return rejection reason: "
                    + String.join(", ", new TreeSet<>(REJECT_REASONS))));
        }
        return orders.lock(orderId).chain(order -> access.require(order, orderId))
                .chain(order -> fulfilments.byId(order.id, returnId).chain(f -> returns.of(order.id, returnId).chain(ret -> {
                    if (f == null || f.type != FulfilmentType.RETURN || ret == null) {
                        throw ApiException.notFound("order " + orderId + " has no return " + returnId);
                    }
                    Transitions.Target target = Transitions.apply(action, order.state, f.state).orElseThrow(() -> new ApiException(409,
                            ErrorCodes.CONFLICT, "cannot " + actionName + " a return that is " + f.state.code()));
                    return move(order, f, ret, target.fulfilmentState(), action.takesReason() ? reasonCode : null,
                            !Boolean.FALSE.equals(step.sellable()));
                })))
                .chain(order -> history.of(order.id).map(entries -> OrderView.of(order, entries)));
    }

    private Uni<SellerOrder> move(SellerOrder order, OrderFulfilment f, OrderReturn ret, FulfilmentState to, String reasonCode,
            boolean sellable) {
        boolean refund = to == FulfilmentState.RETURN_PICKED || to == FulfilmentState.LIQUIDATED;
        // The refund reduces the line and reverses what it lost on the invoice with a credit note, in this transaction.
        Uni<Void> lineChange = !refund ? Uni.createFrom().voidItem() : lines.of(order.id).chain(all -> all.stream()
                .filter(l -> l.itemId.equals(ret.itemId)).findFirst().map(l -> {
                    TaxDocuments.Before before = TaxDocuments.Before.of(l);
                    PartCancelFlow.reduce(l, ret.quantity);
                    return taxDocuments.creditNote(order, "RETURN " + ret.fulfilmentId + " (" + to.code() + ")", List.of(before), false);
                }).orElse(Uni.createFrom().voidItem()));
        if (refund) {
            order.total = Cancellation.total(Returns.moved(order.document, ret.fulfilmentId, to, null, "", ret.itemId, ret.quantity));
        }
        boolean restock = to == FulfilmentState.RETURN_DELIVERED && sellable;
        String cause = "return " + ret.fulfilmentId + " " + to.code() + " by the seller" + (reasonCode == null ? "" : " (reason " + reasonCode + ")")
                + (to == FulfilmentState.RETURN_DELIVERED && !sellable ? ", unsellable: kept off the shelf" : "");
        OrderLifecycle.Told told = new OrderLifecycle.Told("on_update", null, document -> Returns.moved(document, ret.fulfilmentId, to, reasonCode,
                OndcJson.read(document, Order.class).updatedAt(), ret.itemId, ret.quantity));
        return lineChange.chain(() -> lifecycle.updated(order, OrderEvents.ORDER_RETURN_CHANGED, cause, told, null))
                .invoke(updated -> {
                    f.state = to;
                    f.updatedAt = updated.updatedAt;
                })
                // Back in the store: on hand again unless unsellable (a liquidated or rejected return's units never came back).
                .call(updated -> !restock ? Uni.createFrom().voidItem()
                        : stock.forUnits(OrderEvents.STOCK_RESTOCK_REQUESTED, updated, List.of(new StockRequest.Line(ret.catalogueItemId, ret.quantity))));
    }
}
