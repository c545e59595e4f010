package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Order;
import in.haat.order.DraftStage;
import in.haat.order.OrderDraft;
import in.haat.order.OrderLine;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.config.OrderConfig;
import in.haat.order.mapping.OrderFilter;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.DraftRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A confirming draft becomes an order: the order, its lines and history, {@code order.created} and its /on_confirm, in
 * the caller's transaction, once its stock is sure (committed, or held until we commit it).
 */
@ApplicationScoped
public class NewOrders {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DraftRepository drafts;
    private final CatalogueRepository catalogue;
    private final OndcOrders ondc;
    private final Callbacks callbacks;
    private final OrderLifecycle lifecycle;
    private final OrderConfig config;

    public NewOrders(DraftRepository drafts, CatalogueRepository catalogue, OndcOrders ondc, Callbacks callbacks,
            OrderLifecycle lifecycle, OrderConfig config) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.ondc = ondc;
        this.callbacks = callbacks;
        this.lifecycle = lifecycle;
        this.config = config;
    }

    /** Makes the order of a draft locked by the caller, which must be able to move to {@link DraftStage#CONFIRMED}. */
    public Uni<Void> make(OrderDraft d, Map<String, String> trace) {
        List<OrderLine> orderLines = OrderLines.fromQuote(d.orderId, d.initOrder.get("quote"));
        List<UUID> itemIds = orderLines.stream().map(l -> l.catalogueItemId).distinct().toList();
        // The storefront and the lines' items in one statement (the items even from a storefront deleted since /init).
        return catalogue.offer(d.storefrontId, itemIds).chain(offer -> {
            SellerOrder order = newOrder(d, offer.storefront());
            d.moveTo(DraftStage.CONFIRMED);
            return drafts.save(d)
                    .chain(() -> lifecycle.created(order, OrderLines.stamped(orderLines, offer.items()),
                            config.autoAccept() ? "confirmed by the buyer app, accepted automatically" : "confirmed by the buyer app", trace))
                    .chain(() -> callbacks.send("on_confirm", d.transactionId, d.confirmMessageId,
                            JSON.objectNode().set("order", order.document), null, trace));
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
