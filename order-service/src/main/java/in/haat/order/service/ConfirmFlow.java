package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Order;
import in.haat.order.DraftStage;
import in.haat.order.OrderState;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.DraftRepository;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * /confirm: checked against what /on_init quoted, then the hold's commit asked of inventory-service. The order is made
 * at once when the hold is held until we end it ({@link NewOrders}), else when inventory-service answers the commit
 * ({@link StockAnswerFlow}): a hold past our deadline was released, and its items are taken again or refused there.
 * A repeated /confirm changes nothing. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class ConfirmFlow {

    private final DraftRepository drafts;
    private final OrderRepository orders;
    private final Callbacks callbacks;
    private final StockRequests stock;
    private final NewOrders newOrders;

    public ConfirmFlow(DraftRepository drafts, OrderRepository orders, Callbacks callbacks, StockRequests stock, NewOrders newOrders) {
        this.drafts = drafts;
        this.orders = orders;
        this.callbacks = callbacks;
        this.stock = stock;
        this.newOrders = newOrders;
    }

    public Uni<Void> confirm(BuyerRequest r, Map<String, String> trace) {
        JsonNode order = r.order();
        Order confirm = r.ondcOrder();
        String orderId = confirm == null || confirm.id() == null ? "" : confirm.id();
        return drafts.lock(r.transactionId()).chain(draft -> {
            if (orderId.isBlank() || orderId.length() > 200) {
                return refuse(r, "30000", "order.id is required (at most 200 characters)", trace);
            }
            if (draft == null || draft.initOrder == null || !draft.stage.initAnswered()) {
                return refuse(r, "30000", "no /on_init was sent for this transaction: /init first", trace);
            }
            if (!draft.stage.canMoveTo(DraftStage.CONFIRMING)) {
                // Confirming, confirmed or refused: the transaction already has an order id.
                if (!orderId.equals(draft.orderId)) {
                    return refuse(r, "30000", "this transaction already has order " + draft.orderId, trace);
                }
                // The same order confirmed again changes nothing; a confirmed one is answered as it stands.
                return switch (draft.stage) {
                    case CONFIRMED -> orders.findById(orderId).chain(existing -> callbacks.send("on_confirm", r.transactionId(),
                            r.messageId(), JsonNodeFactory.instance.objectNode().set("order", existing.document), null, trace));
                    case REFUSED -> refuse(r, "40002", "items are out of stock", trace);
                    default -> Uni.createFrom().voidItem();
                };
            }
            Order quoted = OndcJson.read(draft.initOrder, Order.class);
            String mismatch = quoteMismatch(quoted, confirm);
            if (mismatch != null) {
                return refuse(r, "30000", mismatch, trace);
            }
            return orders.findById(orderId).chain(clash -> {
                if (clash != null) {
                    return refuse(r, "30000", "order id " + orderId + " is already in use", trace);
                }
                // Held until we commit or release it: nothing else can take the stock back, so the order is made now.
                boolean sure = draft.stage == DraftStage.HELD && draft.holdUntilReleased;
                draft.moveTo(DraftStage.CONFIRMING);
                draft.orderId = orderId;
                draft.confirmMessageId = r.messageId();
                draft.confirmOrder = order;
                draft.coreVersion = r.coreVersion();
                return drafts.save(draft).chain(() -> stock.commit(draft, orderId, StockRequests.linesOf(quoted), sure, trace))
                        .chain(() -> sure ? newOrders.make(draft, trace) : Uni.createFrom().voidItem());
            });
        });
    }

    private Uni<Void> refuse(BuyerRequest r, String code, String text, Map<String, String> trace) {
        ObjectNode order = OndcOrders.echo(r.order(), OrderState.CANCELLED.code());
        return callbacks.send("on_confirm", r.transactionId(), r.messageId(), order, Callbacks.domainError(code, text), trace);
    }

    /** Why the buyer's /confirm is not what we quoted at /on_init, or null: the same items and counts, the same total. */
    static String quoteMismatch(Order initOrder, Order confirmOrder) {
        BigDecimal quoted = Catalogue.decimal(value(initOrder.quote()));
        String price = value(confirmOrder.quote());
        if (price == null || Catalogue.decimal(price).compareTo(quoted) != 0) {
            return "quote.price.value " + (price == null ? "(none)" : price) + " is not the quoted " + quoted.toPlainString();
        }
        JsonNode params = confirmOrder.payment() == null ? null : confirmOrder.payment().params();
        JsonNode amount = params == null ? null : params.get("amount"); // params is the payment gateway's, loose
        if (amount != null && Catalogue.decimal(amount).compareTo(quoted) != 0) {
            return "payment.params.amount " + amount.asText() + " is not the quoted " + quoted.toPlainString();
        }
        return counts(confirmOrder).equals(counts(initOrder)) ? null
                : "items " + counts(confirmOrder) + " are not the quoted " + counts(initOrder);
    }

    private static Map<String, Integer> counts(Order order) {
        Map<String, Integer> counts = new TreeMap<>();
        if (order.items() != null) {
            order.items().forEach(i -> counts.merge(i.id() == null ? "" : i.id(), i.count(), Integer::sum));
        }
        return counts;
    }

    private static String value(in.haat.ondc.retail.Quote quote) {
        return quote == null || quote.price() == null ? null : quote.price().value();
    }
}
