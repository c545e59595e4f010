package in.haat.order.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.DraftStage;
import in.haat.order.OrderDraft;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.DraftRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * /select → /on_select: the cart quoted from the catalogue copy, with the errors that stop it being sold; the quote is
 * kept in the transaction's draft until the buyer confirms. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class SelectFlow {

    private final Pricing pricing;
    private final DraftRepository drafts;
    private final OndcOrders ondc;
    private final Callbacks callbacks;

    public SelectFlow(Pricing pricing, DraftRepository drafts, OndcOrders ondc, Callbacks callbacks) {
        this.pricing = pricing;
        this.drafts = drafts;
        this.ondc = ondc;
        this.callbacks = callbacks;
    }

    public Uni<Void> select(BuyerRequest r, Map<String, String> trace) {
        return pricing.price(r.order()).chain(p -> {
            ObjectNode error = Pricing.refusal(p);
            if (p.storefront() == null) {
                return callbacks.send("on_select", r.transactionId(), r.messageId(), OndcOrders.echo(r.order()), error, trace);
            }
            ObjectNode message = ondc.onSelect(p.storefront(), p.quote(), p.asked());
            if (error == null && !p.quote().shortfalls().isEmpty()) {
                error = Callbacks.domainError("40002", p.quote().shortfallMessage());
            }
            ObjectNode answer = error;
            return drafts.lock(r.transactionId()).chain(draft -> {
                // Once the buyer has confirmed, the draft is the order's: a late /select is answered but changes nothing.
                if (draft != null && !draft.stage.acceptsInit()) {
                    return Uni.createFrom().voidItem();
                }
                OrderDraft d = draft != null ? draft : new OrderDraft();
                d.transactionId = r.transactionId();
                d.storefrontId = p.storefront().id();
                d.sellerId = p.storefront().sellerId();
                d.bapId = r.bapId();
                if (d.stage == null) {
                    d.moveTo(DraftStage.SELECTED);
                }
                d.quote = p.quote().ondc();
                return drafts.save(d);
            }).chain(() -> callbacks.send("on_select", r.transactionId(), r.messageId(), message, answer, trace));
        });
    }
}
