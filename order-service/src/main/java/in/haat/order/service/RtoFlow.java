package in.haat.order.service;

import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Order;
import in.haat.order.FulfilmentState;
import in.haat.order.OrderAction;
import in.haat.order.OrderFulfilment;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderEvents;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.OrderLineRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Return to origin, in the seller action's transaction: started once the goods are on the road and cannot be
 * delivered (the order Cancelled with an RTO reason, an RTO fulfilment RTO-Initiated, the unsolicited /on_cancel),
 * then ended RTO-Delivered (the units back on hand through inventory-service) or RTO-Disposed (they are not), each
 * with an unsolicited /on_status.
 */
@ApplicationScoped
public class RtoFlow {

    /** ONDC's cancellation reasons that start an RTO and that a seller app (self-fulfilling) may give. */
    public static final Set<String> REASONS = Set.of("011", "012", "013", "014", "015");

    private final OrderLineRepository lines;
    private final FulfilmentRepository fulfilments;
    private final OrderLifecycle lifecycle;
    private final StockRequests stock;
    private final OrderConfig config;
    private final TaxDocuments taxDocuments;

    public RtoFlow(OrderLineRepository lines, FulfilmentRepository fulfilments, OrderLifecycle lifecycle, StockRequests stock,
            OrderConfig config, TaxDocuments taxDocuments) {
        this.taxDocuments = taxDocuments;
        this.lines = lines;
        this.fulfilments = fulfilments;
        this.lifecycle = lifecycle;
        this.stock = stock;
        this.config = config;
    }

    /** Starts the RTO of {@code order} (to {@code to}, which {@link Transitions} gave) for {@code reasonId}. */
    public Uni<SellerOrder> start(SellerOrder order, Transitions.Target to, String reasonId) {
        FulfilmentState precancel = order.fulfilmentState;
        String updatedAt = OndcJson.read(order.document, Order.class).updatedAt();
        String precancelUpdatedAt = updatedAt == null ? "" : updatedAt;
        String by = config.bppId();
        order.total = Cancellation.total(ReturnToOrigin.started(order.document, reasonId, by, precancel, precancelUpdatedAt, ""));
        OrderLifecycle.Told told = new OrderLifecycle.Told("on_cancel", null, document -> ReturnToOrigin.started(document, reasonId, by,
                precancel, precancelUpdatedAt, OndcJson.read(document, Order.class).updatedAt()));
        return lifecycle.change(order, Transitions.rule(OrderAction.START_RTO).on(), to,
                        "RTO started by the seller (reason " + reasonId + ")", told, null)
                .call(started -> fulfilments.persist(OrderFulfilment.of(started, ReturnToOrigin.FULFILMENT_ID, Transitions.RTO.type(),
                        Transitions.RTO.state())))
                // The invoiced goods come back and the buyer is refunded them: a credit note for every line, whole.
                .call(started -> lines.of(started.id).chain(l -> taxDocuments.creditNote(started, "RTO (reason " + reasonId + ")",
                        l.stream().map(TaxDocuments.Before::of).toList(), true)));
    }

    /** Ends the RTO of {@code order} as {@code action} (RTO-Delivered or RTO-Disposed) says. */
    public Uni<SellerOrder> end(SellerOrder order, OrderAction action, Transitions.Target to) {
        boolean delivered = to.fulfilmentState() == FulfilmentState.RTO_DELIVERED;
        OrderLifecycle.Told told = new OrderLifecycle.Told("on_status", null, document -> ReturnToOrigin.ended(document, to.fulfilmentState(),
                OndcJson.read(document, Order.class).updatedAt()));
        return lifecycle.change(order, Transitions.rule(action).on(), to,
                        delivered ? "RTO delivered back to the store" : "RTO disposed of", told, null)
                // Back in the store: the shipped units are on hand (and available) again; disposed ones are not.
                .call(ended -> delivered ? lines.of(ended.id).chain(l -> stock.forOrder(OrderEvents.STOCK_RESTOCK_REQUESTED, ended, l))
                        : Uni.createFrom().voidItem());
    }
}
