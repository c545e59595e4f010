package in.haat.order.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.DraftStage;
import in.haat.order.OrderDraft;
import in.haat.order.event.OrderEvents;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.DraftRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * /init: the cart priced again, the /on_init order with our terms kept in the draft, and a hold of its stock asked of
 * inventory-service (a new /init releases the previous hold). /on_init itself goes when the hold is answered
 * ({@link StockAnswerFlow}). Runs in the consumer's transaction.
 */
@ApplicationScoped
public class InitFlow {

    private final Pricing pricing;
    private final DraftRepository drafts;
    private final OndcOrders ondc;
    private final Callbacks callbacks;
    private final StockRequests stock;

    public InitFlow(Pricing pricing, DraftRepository drafts, OndcOrders ondc, Callbacks callbacks, StockRequests stock) {
        this.pricing = pricing;
        this.drafts = drafts;
        this.ondc = ondc;
        this.callbacks = callbacks;
        this.stock = stock;
    }

    public Uni<Void> init(BuyerRequest r, Map<String, String> trace) {
        return drafts.lock(r.transactionId()).chain(draft -> {
            if (draft != null && !draft.stage.acceptsInit()) {
                return callbacks.send("on_init", r.transactionId(), r.messageId(), OndcOrders.echo(r.order()),
                        Callbacks.error("DOMAIN-ERROR", "30000", "this transaction's order is already confirmed"), trace);
            }
            // The units asked for are priced and held: inventory-service, not our copy of the stock, says if they are left.
            return pricing.price(r.order(), false).chain(p -> {
                ObjectNode error = Pricing.refusal(p);
                if (error != null) {
                    return callbacks.send("on_init", r.transactionId(), r.messageId(),
                            p.storefront() == null ? OndcOrders.echo(r.order())
                                    : JsonNodeFactory.instance.objectNode().set("order", ondc.onInit(p.storefront(), p.quote(), r.order(), r.coreVersion())),
                            error, trace);
                }
                ObjectNode initOrder = ondc.onInit(p.storefront(), p.quote(), r.order(), r.coreVersion());
                OrderDraft d = draft != null ? draft : new OrderDraft();
                String previousHold = d.stage == DraftStage.HELD || d.stage == DraftStage.HOLDING ? d.holdReference : null;
                d.transactionId = r.transactionId();
                d.storefrontId = p.storefront().id();
                d.sellerId = p.storefront().sellerId();
                d.bapId = r.bapId();
                d.moveTo(DraftStage.HOLDING);
                d.quote = p.quote().ondc();
                d.initMessageId = r.messageId();
                d.initOrder = initOrder;
                d.holdSeq = d.holdSeq + 1;
                d.holdReference = StockRequests.reference(r.transactionId(), d.holdSeq);
                d.holdExpiresAt = null;
                d.holdUntilReleased = false;
                Uni<Void> release = previousHold == null ? Uni.createFrom().voidItem()
                        : stock.forDraft(OrderEvents.STOCK_RELEASE_REQUESTED, previousHold, d, List.of(), trace);
                return drafts.save(d).chain(() -> release).chain(() -> stock.forDraft(OrderEvents.STOCK_HOLD_REQUESTED,
                        d.holdReference, d, StockRequests.lines(p.quote()), trace));
            });
        });
    }
}
