package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import in.haat.order.OrderAction;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderEvents;
import in.haat.order.mapping.OrderView;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.HistoryRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The seller's actions on its orders (accept, reject, pack, ready-to-ship, ship, out-for-delivery, deliver, and RTO's
 * start and end; part-cancel is {@link PartCancelFlow}): each allowed only from the states {@link Transitions} permits,
 * each one transaction that changes the order, records it, publishes the order event, tells the buyer app (/on_status;
 * /on_cancel for reject and RTO) and, where stock moves, asks inventory-service to move it.
 */
@ApplicationScoped
public class SellerActions {

    /** Cancellation reasons a seller app may give (ONDC's list, "used by" SNP). */
    public static final Set<String> SELLER_REASONS = Set.of("002", "005", "011", "012", "013", "014", "015", "018", "019", "020", "022");

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final HistoryRepository history;
    private final OrderAccess access;
    private final OrderLifecycle lifecycle;
    private final StockRequests stock;
    private final CancelFlow cancellations;
    private final RtoFlow rto;
    private final FulfilmentRepository fulfilments;
    private final OrderConfig config;
    private final TaxDocuments taxDocuments;

    public SellerActions(OrderRepository orders, OrderLineRepository lines, HistoryRepository history, OrderAccess access,
            OrderLifecycle lifecycle, StockRequests stock, CancelFlow cancellations, RtoFlow rto, FulfilmentRepository fulfilments,
            OrderConfig config, TaxDocuments taxDocuments) {
        this.taxDocuments = taxDocuments;
        this.orders = orders;
        this.lines = lines;
        this.history = history;
        this.access = access;
        this.lifecycle = lifecycle;
        this.stock = stock;
        this.cancellations = cancellations;
        this.rto = rto;
        this.fulfilments = fulfilments;
        this.config = config;
    }

    @WithTransaction
    public Uni<OrderView> act(String orderId, String actionName, String reasonCode) {
        OrderAction action = OrderAction.of(actionName).orElse(null);
        if (action == null) {
            return Uni.createFrom().failure(ApiException.notFound("no action " + actionName + "; actions are "
                    + Arrays.stream(OrderAction.values()).map(OrderAction::path).collect(Collectors.joining(", "))));
        }
        if (action == OrderAction.PART_CANCEL || action.onReturn()) {
            return Uni.createFrom().failure(ApiException.invalid("order_state", action == OrderAction.PART_CANCEL
                    ? "a part-cancel names its items and units: POST /api/orders/{order_id}/part-cancel"
                    : "a return action names its return: POST /api/orders/{order_id}/returns/{return_id}/{action}"));
        }
        Set<String> reasons = action == OrderAction.START_RTO ? RtoFlow.REASONS : SELLER_REASONS;
        if (action.takesReason() && (reasonCode == null || !reasons.contains(reasonCode))) {
            return Uni.createFrom().failure(ApiException.invalid("reason_code", "must be an ONDC cancellation reason a seller may give"
                    + (action == OrderAction.START_RTO ? " for an RTO: " : ": ") + String.join(", ", new TreeSet<>(reasons))));
        }
        Transitions.Rule rule = Transitions.rule(action);
        return orders.lock(orderId).chain(order -> access.require(order, orderId)).chain(order -> actedOn(order, rule).chain(state -> {
            Transitions.Target target = Transitions.apply(action, order.state, state).orElseThrow(() -> new ApiException(409,
                    ErrorCodes.CONFLICT, "cannot " + action.path() + " an order that is " + order.state.code() + " / "
                            + (state == null ? "no " + rule.on().code() : state.code())));
            return switch (action) {
                // ONDC: the seller's cancellation is an unsolicited /on_cancel, cancelled by us (our bpp_id).
                case REJECT -> cancellations.cancel(order, target, reasonCode, config.bppId(), null,
                        "rejected by the seller (reason " + reasonCode + ")", null);
                case START_RTO -> rto.start(order, target, reasonCode);
                case RTO_DELIVERED, RTO_DISPOSED -> rto.end(order, action, target);
                default -> lifecycle.change(order, rule.on(), target, action.path() + " by the seller", null)
                        .chain(changed -> stockMove(changed, action).replaceWith(changed))
                        // From pick-up on the order has its tax invoice, issued once, in the same transaction as the move.
                        .call(changed -> changed.fulfilmentState.invoiced() ? taxDocuments.invoice(changed) : Uni.createFrom().voidItem());
            };
        })).chain(order -> history.of(order.id).map(entries -> OrderView.of(order, entries)));
    }

    /**
     * The seller's cancellation of {@code order} (locked by the caller) for {@code reasonCode}, as its reject: from the
     * states {@link Transitions} permits a reject (before pick-up), 409 otherwise; an unsolicited /on_cancel.
     */
    public Uni<SellerOrder> cancel(SellerOrder order, String reasonCode, String cause) {
        return Transitions.apply(OrderAction.REJECT, order.state, order.fulfilmentState)
                .map(target -> cancellations.cancel(order, target, reasonCode, config.bppId(), null, cause, null))
                .orElseGet(() -> Uni.createFrom().failure(new ApiException(409, ErrorCodes.CONFLICT, "cannot cancel an order that is "
                        + order.state.code() + " / " + order.fulfilmentState.code() + ": the seller cancels only before pick-up")));
    }

    /** The state of the order's fulfilment the action acts on (null: the order has none of that type). */
    private Uni<FulfilmentState> actedOn(SellerOrder order, Transitions.Rule rule) {
        return rule.on() == FulfilmentType.DELIVERY ? Uni.createFrom().item(order.fulfilmentState)
                : fulfilments.of(order.id, rule.on()).map(f -> f == null ? null : f.state);
    }

    /** Shipping takes committed units off the shelf (rejecting gives them back: {@link CancelFlow}). */
    private Uni<Void> stockMove(SellerOrder order, OrderAction action) {
        return action != OrderAction.SHIP ? Uni.createFrom().voidItem()
                : lines.of(order.id).chain(l -> stock.forOrder(OrderEvents.STOCK_SHIP_REQUESTED, order, l));
    }
}
