package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.order.OrderAction;
import in.haat.order.OrderFulfilment;
import in.haat.order.OrderLine;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.StockRequest;
import in.haat.order.mapping.OrderView;
import in.haat.order.mapping.PartCancel;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.HistoryRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seller's part-cancel: some units of some lines cancelled before pick-up (a unit found damaged while packing),
 * in one transaction: the lines reduced, the order shaped as {@link PartCancellation} says, a Cancel fulfilment, the
 * units given back to available through inventory-service, {@code order.updated}, a history entry and the unsolicited
 * /on_update. The order's states stay.
 */
@ApplicationScoped
public class PartCancelFlow {

    /** ONDC's cancellation reasons that may cancel part of an order and that a seller app may give. */
    public static final Set<String> REASONS = Set.of("002", "012");

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final FulfilmentRepository fulfilments;
    private final HistoryRepository history;
    private final OrderAccess access;
    private final OrderLifecycle lifecycle;
    private final StockRequests stock;
    private final OrderConfig config;

    public PartCancelFlow(OrderRepository orders, OrderLineRepository lines, FulfilmentRepository fulfilments, HistoryRepository history,
            OrderAccess access, OrderLifecycle lifecycle, StockRequests stock, OrderConfig config) {
        this.orders = orders;
        this.lines = lines;
        this.fulfilments = fulfilments;
        this.history = history;
        this.access = access;
        this.lifecycle = lifecycle;
        this.stock = stock;
        this.config = config;
    }

    @WithTransaction
    public Uni<OrderView> partCancel(String orderId, PartCancel body) {
        return Uni.createFrom().item(() -> cut(body)).chain(cut -> orders.lock(orderId).chain(order -> access.require(order, orderId)).chain(order -> {
            if (Transitions.apply(OrderAction.PART_CANCEL, order.state, order.fulfilmentState).isEmpty()) {
                throw conflict("cannot part-cancel an order that is " + order.state.code() + " / " + order.fulfilmentState.code());
            }
            return lines.of(order.id).chain(orderLines -> apply(order, orderLines, cut, body.reasonCode()));
        })).chain(order -> history.of(order.id).map(entries -> OrderView.of(order, entries)));
    }

    private Uni<SellerOrder> apply(SellerOrder order, List<OrderLine> orderLines, Map<String, Integer> cut, String reason) {
        Map<String, OrderLine> byItem = new LinkedHashMap<>();
        orderLines.forEach(l -> byItem.putIfAbsent(l.itemId, l));
        int left = orderLines.stream().mapToInt(l -> l.quantity).sum();
        List<StockRequest.Line> units = new ArrayList<>();
        for (Map.Entry<String, Integer> e : cut.entrySet()) {
            OrderLine line = byItem.get(e.getKey());
            if (line == null) {
                throw ApiException.invalid("items", "the order has no item " + e.getKey());
            }
            if (e.getValue() > line.quantity) {
                throw ApiException.invalid("items", "item " + e.getKey() + " has " + line.quantity + " units left, not " + e.getValue());
            }
            left -= e.getValue();
        }
        if (left == 0) {
            throw conflict("a part-cancel must leave some units: to cancel the whole order, reject it");
        }
        for (Map.Entry<String, Integer> e : cut.entrySet()) {
            OrderLine line = byItem.get(e.getKey());
            reduce(line, e.getValue());
            units.add(new StockRequest.Line(line.catalogueItemId, e.getValue()));
        }
        String by = config.bppId();
        order.total = Cancellation.total(PartCancellation.of(order.document, cut, reason, by));
        String cause = "part-cancelled by the seller (reason " + reason + "): "
                + String.join(", ", cut.entrySet().stream().map(e -> e.getValue() + " x " + e.getKey()).toList());
        OrderLifecycle.Told told = new OrderLifecycle.Told("on_update", null, document -> PartCancellation.of(document, cut, reason, by));
        return lifecycle.updated(order, OrderEvents.ORDER_UPDATED, cause, told, null)
                .call(updated -> fulfilments.of(updated.id, Transitions.CANCEL.type()).chain(existing -> existing != null
                        ? Uni.createFrom().voidItem()
                        : fulfilments.persist(OrderFulfilment.of(updated, Cancellation.FULFILMENT_ID, Transitions.CANCEL.type(),
                                Transitions.CANCEL.state())).replaceWithVoid()))
                // The units were committed at /confirm and have not left the store: they are available again.
                .call(updated -> stock.forUnits(OrderEvents.STOCK_RETURN_REQUESTED, updated, units));
    }

    /** {@code line} less {@code units}: its price for the units left, its tax in proportion (as {@link PartCancellation} shapes the quote). */
    static void reduce(OrderLine line, int units) {
        int after = line.quantity - units;
        line.tax = PartCancellation.taxLeft(line.tax, line.quantity, after);
        line.price = Quote.money(line.unitPrice.multiply(BigDecimal.valueOf(after)));
        line.quantity = after;
    }

    /** The units to cancel per item id, from a body checked for shape; 400 on anything else. */
    private static Map<String, Integer> cut(PartCancel body) {
        if (body == null || body.reasonCode() == null || !REASONS.contains(body.reasonCode())) {
            throw ApiException.invalid("reason_code", "must be an ONDC cancellation reason a seller may give for a part-cancel: "
                    + String.join(", ", new TreeSet<>(REASONS)));
        }
        if (body.items() == null || body.items().isEmpty() || body.items().size() > 100) {
            throw ApiException.invalid("items", "must list 1 to 100 {item_id, quantity}");
        }
        Map<String, Integer> cut = new LinkedHashMap<>();
        for (PartCancel.Line line : body.items()) {
            if (line == null || line.itemId() == null || line.itemId().isBlank() || line.quantity() == null || line.quantity() < 1) {
                throw ApiException.invalid("items", "each must have an item_id and a quantity of at least 1");
            }
            cut.merge(line.itemId(), line.quantity(), Integer::sum);
        }
        return cut;
    }

    private static ApiException conflict(String message) {
        return new ApiException(409, ErrorCodes.CONFLICT, message);
    }
}
