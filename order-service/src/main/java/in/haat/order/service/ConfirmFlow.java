package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.DraftStage;
import in.haat.order.OrderState;
import in.haat.order.event.OrderEvents;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.DraftRepository;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * /confirm: checked against what /on_init quoted, then the hold's commit asked of inventory-service; the order is made
 * when it answers ({@link StockAnswerFlow}). A repeated /confirm changes nothing. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class ConfirmFlow {

    private final DraftRepository drafts;
    private final OrderRepository orders;
    private final Callbacks callbacks;
    private final StockRequests stock;

    public ConfirmFlow(DraftRepository drafts, OrderRepository orders, Callbacks callbacks, StockRequests stock) {
        this.drafts = drafts;
        this.orders = orders;
        this.callbacks = callbacks;
        this.stock = stock;
    }

    public Uni<Void> confirm(BuyerRequest r, Map<String, String> trace) {
        JsonNode order = r.order();
        String orderId = order.path("id").asText("");
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
            String mismatch = quoteMismatch(draft.initOrder, order);
            if (mismatch != null) {
                return refuse(r, "30000", mismatch, trace);
            }
            return orders.findById(orderId).chain(clash -> {
                if (clash != null) {
                    return refuse(r, "30000", "order id " + orderId + " is already in use", trace);
                }
                draft.moveTo(DraftStage.CONFIRMING);
                draft.orderId = orderId;
                draft.confirmMessageId = r.messageId();
                draft.confirmOrder = order;
                draft.coreVersion = r.coreVersion();
                return drafts.save(draft).chain(() -> stock.forDraft(OrderEvents.STOCK_COMMIT_REQUESTED, draft.holdReference, draft,
                        orderId, StockRequests.linesOf(draft.initOrder), trace));
            });
        });
    }

    private Uni<Void> refuse(BuyerRequest r, String code, String text, Map<String, String> trace) {
        ObjectNode order = OndcOrders.echo(r.order());
        ((ObjectNode) order.path("order")).put("state", OrderState.CANCELLED.code());
        return callbacks.send("on_confirm", r.transactionId(), r.messageId(), order, Callbacks.domainError(code, text), trace);
    }

    /** Why the buyer's /confirm is not what we quoted at /on_init, or null: the same items and counts, the same total. */
    static String quoteMismatch(JsonNode initOrder, JsonNode confirmOrder) {
        BigDecimal quoted = Catalogue.decimal(initOrder.path("quote").path("price").path("value"));
        JsonNode price = confirmOrder.path("quote").path("price").path("value");
        if (price.isMissingNode() || Catalogue.decimal(price).compareTo(quoted) != 0) {
            return "quote.price.value " + price.asText("(none)") + " is not the quoted " + quoted.toPlainString();
        }
        JsonNode amount = confirmOrder.path("payment").path("params").path("amount");
        if (!amount.isMissingNode() && Catalogue.decimal(amount).compareTo(quoted) != 0) {
            return "payment.params.amount " + amount.asText() + " is not the quoted " + quoted.toPlainString();
        }
        Map<String, Integer> asked = new TreeMap<>();
        confirmOrder.path("items").forEach(i -> asked.merge(i.path("id").asText(), i.path("quantity").path("count").asInt(), Integer::sum));
        Map<String, Integer> quotedItems = new TreeMap<>();
        initOrder.path("items").forEach(i -> quotedItems.merge(i.path("id").asText(), i.path("quantity").path("count").asInt(), Integer::sum));
        if (!asked.equals(quotedItems)) {
            return "items " + asked + " are not the quoted " + quotedItems;
        }
        return null;
    }
}
