package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Order;
import in.haat.order.DraftStage;
import in.haat.order.OrderDraft;
import in.haat.order.OrderLine;
import in.haat.order.OrderState;
import in.haat.order.SellerOrder;
import in.haat.order.mapping.OrderFilter;
import in.haat.order.Transitions;
import in.haat.order.config.OrderConfig;
import in.haat.order.mapping.StockAnswer;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.DraftRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * inventory-service's answers to our stock requests move the transaction on: a hold held or refused sends /on_init; a
 * commit makes the order and sends /on_confirm, a refused commit sends /on_confirm Cancelled with 40002. An answer the
 * draft no longer waits for (a later /init's hold, a repeat) changes nothing. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class StockAnswerFlow {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DraftRepository drafts;
    private final CatalogueRepository catalogue;
    private final OndcOrders ondc;
    private final Callbacks callbacks;
    private final OrderLifecycle lifecycle;
    private final OrderConfig config;

    public StockAnswerFlow(DraftRepository drafts, CatalogueRepository catalogue, OndcOrders ondc, Callbacks callbacks,
            OrderLifecycle lifecycle, OrderConfig config) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.ondc = ondc;
        this.callbacks = callbacks;
        this.lifecycle = lifecycle;
        this.config = config;
    }

    public Uni<Void> held(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (!waitsForHold(d, a, DraftStage.HELD)) {
                return Uni.createFrom().voidItem();
            }
            d.moveTo(DraftStage.HELD);
            d.holdExpiresAt = a.expiresAt();
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
        return drafts.lock(a.transactionId()).chain(d -> {
            if (d == null || !d.stage.canMoveTo(DraftStage.CONFIRMED)) {
                return Uni.createFrom().voidItem();
            }
            return catalogue.storefront(d.storefrontId).chain(storefront -> {
                SellerOrder order = newOrder(d, storefront);
                d.moveTo(DraftStage.CONFIRMED);
                List<OrderLine> orderLines = OrderLines.fromQuote(order.id, d.initOrder.get("quote"));
                return drafts.save(d)
                        .chain(() -> catalogue.items(d.storefrontId, orderLines.stream().map(l -> l.catalogueItemId).distinct().toList()))
                        .chain(items -> lifecycle.created(order, OrderLines.stamped(orderLines, items),
                                config.autoAccept() ? "confirmed by the buyer app, accepted automatically" : "confirmed by the buyer app", trace))
                        .chain(() -> callbacks.send("on_confirm", d.transactionId, d.confirmMessageId,
                                JSON.objectNode().set("order", order.document), null, trace));
            });
        });
    }

    public Uni<Void> commitRefused(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
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

    /** The order a committed draft makes, in the states {@link Transitions#confirmed} gives, with its /on_confirm document. */
    private SellerOrder newOrder(OrderDraft d, Catalogue.Storefront storefront) {
        Instant now = OrderLifecycle.later(null);
        Instant createdAt = createdAt(d.confirmOrder, now);
        Transitions.Target start = Transitions.confirmed(config.autoAccept());
        SellerOrder order = new SellerOrder();
        order.id = d.orderId;
        order.transactionId = d.transactionId;
        order.storefrontId = d.storefrontId;
        order.sellerId = d.sellerId;
        order.partnerId = storefront == null ? null : storefront.partnerId();
        order.bapId = d.bapId;
        order.coreVersion = d.coreVersion;
        order.state = start.state();
        order.fulfilmentState = start.fulfilmentState();
        in.haat.ondc.retail.Quote quote = OndcJson.read(d.initOrder, Order.class).quote();
        order.total = Catalogue.decimal(quote.price().value());
        order.invoiceToken = UUID.randomUUID().toString().replace("-", "");
        order.createdAt = createdAt;
        order.updatedAt = now;
        Catalogue.Storefront shop = storefront != null ? storefront : new Catalogue.Storefront(d.storefrontId, d.sellerId, null, JSON.objectNode());
        order.document = ondc.onConfirm(shop, d.initOrder, d.confirmOrder, order.state, createdAt, now, d.initOrder.get("quote"));
        in.haat.ondc.retail.Billing billing = OndcJson.read(order.document, Order.class).billing();
        order.buyerPhone = OrderFilter.phoneKey(billing == null ? null : billing.phone());
        return order;
    }

    private static Instant createdAt(JsonNode confirmOrder, Instant fallback) {
        try {
            return Instant.parse(OndcJson.read(confirmOrder, Order.class).createdAt());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
