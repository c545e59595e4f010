package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.OrderMessage;
import in.haat.ondc.retail.Payment;
import in.haat.ondc.retail.SettlementDetail;
import in.haat.order.FulfilmentType;
import in.haat.order.SellerOrder;
import in.haat.order.event.OrderEvents;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The buyer app's /update, each answered with /on_update: the refund's settlement details after a cancellation,
 * part-cancel, RTO or return ({@code update_target: payment}) are added to the order's payment and the order answered
 * as it stands; a return request ({@code item}) goes to {@link ReturnRequests}; every other kind (a fulfilment or
 * billing change) is answered with ONDC's 40001 and changes nothing.
 * Runs in the consumer's transaction.
 */
@ApplicationScoped
public class UpdateFlow {

    /** Refund modes a buyer app may name (ONDC's settlement types). */
    public static final Set<String> REFUND_MODES = Set.of("neft", "rtgs", "upi", "netbanking", "card", "wallet");

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final Callbacks callbacks;
    private final ReturnRequests returns;

    public UpdateFlow(OrderRepository orders, OrderLifecycle lifecycle, Callbacks callbacks, ReturnRequests returns) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.callbacks = callbacks;
        this.returns = returns;
    }

    public Uni<Void> update(BuyerRequest r, Map<String, String> trace) {
        OrderMessage message;
        try {
            message = r.ondcMessage();
        } catch (RuntimeException e) {
            return refuse(r, OndcOrders.echo(r.order()), "30000", "the order cannot be read: " + e.getMessage(), trace);
        }
        Order asked = message.order();
        String orderId = asked == null || asked.id() == null ? "" : asked.id();
        return orders.lock(orderId).chain(order -> {
            if (order == null || !order.bapId.equals(r.bapId()) || !order.transactionId.equals(r.transactionId())) {
                return refuse(r, JsonNodeFactory.instance.objectNode().set("order", JsonNodeFactory.instance.objectNode().put("id", orderId)),
                        "30018", "order not found", trace);
            }
            JsonNode current = JsonNodeFactory.instance.objectNode().set("order", order.document);
            if ("item".equals(message.updateTarget())) {
                return returns.request(r, order, asked, trace);
            }
            if (!"payment".equals(message.updateTarget())) {
                return refuse(r, current, "40001", "update_target " + message.updateTarget() + " is not supported", trace);
            }
            List<SettlementDetail> refunds = asked.payment() == null || asked.payment().ondcSettlementDetails() == null ? List.of()
                    : asked.payment().ondcSettlementDetails();
            String problem = problem(refunds);
            if (problem != null) {
                return refuse(r, current, "30000", problem, trace);
            }
            if (!refunded(order)) {
                return refuse(r, current, "50002", "updation not possible: nothing of the order was cancelled, there is no refund", trace);
            }
            String cause = "refund settlement details from the buyer app " + r.bapId() + ": "
                    + String.join(", ", refunds.stream().map(d -> d.settlementType() + " " + d.settlementAmount()).toList());
            return lifecycle.updated(order, OrderEvents.ORDER_UPDATED, cause,
                    new OrderLifecycle.Told("on_update", r.messageId(), document -> withRefunds(document, refunds)), trace).replaceWithVoid();
        });
    }

    /** Why these settlement details are not a refund's (null: they are). */
    static String problem(List<SettlementDetail> refunds) {
        if (refunds.isEmpty()) {
            return "payment.@ondc/org/settlement_details must list the refund's settlement";
        }
        for (SettlementDetail d : refunds) {
            if (d.settlementType() == null || !REFUND_MODES.contains(d.settlementType())) {
                return "settlement_type must be one of " + String.join(", ", new java.util.TreeSet<>(REFUND_MODES));
            }
            if (d.settlementAmount() == null || !d.settlementAmount().matches("\\d{1,12}(\\.\\d{1,2})?")) {
                return "settlement_amount must be an amount in rupees";
            }
        }
        return null;
    }

    /** Whether the order has refunds: a Cancel, RTO or Return fulfilment. */
    private static boolean refunded(SellerOrder order) {
        return OndcJson.read(order.document, Order.class).fulfillments().stream().anyMatch(f -> FulfilmentType.CANCEL.code().equals(f.type())
                || FulfilmentType.RTO.code().equals(f.type()) || FulfilmentType.RETURN.code().equals(f.type()));
    }

    /** The order with the refund's settlement details after the ones it has. */
    static ObjectNode withRefunds(JsonNode document, List<SettlementDetail> refunds) {
        Order order = OndcJson.read(document, Order.class);
        Payment payment = order.payment();
        if (payment == null) {
            return OndcJson.tree(order);
        }
        List<SettlementDetail> details = new ArrayList<>(payment.ondcSettlementDetails() == null ? List.of() : payment.ondcSettlementDetails());
        details.addAll(refunds);
        return OndcJson.tree(order.withPayment(payment.withOndcSettlementDetails(details)));
    }

    private Uni<Void> refuse(BuyerRequest r, JsonNode message, String code, String reason, Map<String, String> trace) {
        return callbacks.send("on_update", r.transactionId(), r.messageId(), message, Callbacks.domainError(code, reason), trace);
    }
}
