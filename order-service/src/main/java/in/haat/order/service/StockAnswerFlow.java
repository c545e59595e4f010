package in.haat.order.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.DraftStage;
import in.haat.order.OrderDraft;
import in.haat.order.OrderState;
import in.haat.order.config.OrderConfig;
import in.haat.order.mapping.StockAnswer;
import in.haat.order.repository.DraftRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * inventory-service's answers to our stock requests move the transaction on: a hold held or refused sends /on_init; a
 * commit makes the order and sends /on_confirm ({@link NewOrders}), a refused commit sends /on_confirm Cancelled with
 * 40002. An answer the draft no longer waits for (a later /init's hold, a repeat, the commit of a hold /confirm already
 * counted on) changes nothing. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class StockAnswerFlow {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final Logger LOG = Logger.getLogger(StockAnswerFlow.class);

    private final DraftRepository drafts;
    private final NewOrders newOrders;
    private final Callbacks callbacks;
    private final OrderConfig config;

    public StockAnswerFlow(DraftRepository drafts, NewOrders newOrders, Callbacks callbacks, OrderConfig config) {
        this.drafts = drafts;
        this.newOrders = newOrders;
        this.callbacks = callbacks;
        this.config = config;
    }

    public Uni<Void> held(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (!waitsForHold(d, a, DraftStage.HELD)) {
                return Uni.createFrom().voidItem();
            }
            d.moveTo(DraftStage.HELD);
            // No time limit at inventory-service: the hold is ours to end, at our own deadline (HoldDeadlines).
            d.holdUntilReleased = a.expiresAt() == null;
            d.holdExpiresAt = d.holdUntilReleased ? Instant.now().plus(config.holdTtl()) : a.expiresAt();
            return drafts.save(d).chain(() -> callbacks.send("on_init", d.transactionId, d.initMessageId,
                    JSON.objectNode().set("order", d.initOrder), null, trace));
        });
    }

    public Uni<Void> holdRefused(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (!waitsForHold(d, a, DraftStage.HOLD_REFUSED)) {
                return Uni.createFrom().voidItem();
            }
            d.moveTo(DraftStage.HOLD_REFUSED);
            return drafts.save(d).chain(() -> callbacks.send("on_init", d.transactionId, d.initMessageId,
                    JSON.objectNode().set("order", d.initOrder), Callbacks.domainError("40002", StockRequests.shortfallMessage(a)), trace));
        });
    }

    /** Whether the draft waits for this answer: it may move to {@code next}, and the answer is about its latest hold. */
    private static boolean waitsForHold(OrderDraft d, StockAnswer a, DraftStage next) {
        return d != null && d.stage.canMoveTo(next) && a.reference().equals(d.holdReference);
    }

    public Uni<Void> committed(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> d == null || !d.stage.canMoveTo(DraftStage.CONFIRMED)
                ? Uni.createFrom().voidItem()
                : newOrders.make(d, trace));
    }

    public Uni<Void> commitRefused(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (d != null && d.stage == DraftStage.CONFIRMED && d.holdUntilReleased) {
                // Only we end such a hold, and we did not: inventory-service lost stock it held (or was changed by hand).
                LOG.errorf("order %s was confirmed on hold %s, which inventory-service could not commit: %s", d.orderId,
                        a.reference(), StockRequests.shortfallMessage(a));
            }
            if (d == null || !d.stage.canMoveTo(DraftStage.REFUSED)) {
                return Uni.createFrom().voidItem();
            }
            d.moveTo(DraftStage.REFUSED);
            ObjectNode order = d.confirmOrder.deepCopy();
            order.put("state", OrderState.CANCELLED.code());
            return drafts.save(d).chain(() -> callbacks.send("on_confirm", d.transactionId, d.confirmMessageId,
                    JSON.objectNode().set("order", order), Callbacks.domainError("40002", StockRequests.shortfallMessage(a)), trace));
        });
    }
}
