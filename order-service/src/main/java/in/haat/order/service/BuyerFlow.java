package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.Outbox;
import in.haat.order.OrderDraft;
import in.haat.order.SellerOrder;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.StockRequest;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.mapping.StockAnswer;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.DraftRepository;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * ONDC seller flow 1 from the buyer app's side: /select quotes, /init holds stock (through inventory-service),
 * /confirm commits it and makes the order, /status and /track report. Runs in the consumer's transaction, every step
 * kept in the draft or the order, so nothing depends on memory: a restart continues from the last committed step.
 */
@ApplicationScoped
public class BuyerFlow {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SAFE_REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,150}");

    private final CatalogueRepository catalogue;
    private final DraftRepository drafts;
    private final OrderRepository orders;
    private final OndcOrders ondc;
    private final Callbacks callbacks;
    private final OrderLifecycle lifecycle;
    private final Outbox outbox;
    private final OrderConfig config;

    public BuyerFlow(CatalogueRepository catalogue, DraftRepository drafts, OrderRepository orders, OndcOrders ondc,
            Callbacks callbacks, OrderLifecycle lifecycle, Outbox outbox, OrderConfig config) {
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.orders = orders;
        this.ondc = ondc;
        this.callbacks = callbacks;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.config = config;
    }

    /** The storefront, its asked items priced, and the quote. */
    private record Priced(Catalogue.Storefront storefront, List<Quote.Asked> asked, Quote quote) {
    }

    private Uni<Priced> price(JsonNode order) {
        UUID storefrontId = uuid(order.path("provider").path("id").asText());
        List<Quote.Asked> asked = new ArrayList<>();
        for (JsonNode item : order.path("items")) {
            asked.add(new Quote.Asked(item.path("id").asText(), Math.max(0, item.path("quantity").path("count").asInt(0))));
        }
        if (storefrontId == null) {
            return Uni.createFrom().item(new Priced(null, asked, null));
        }
        JsonNode end = order.path("fulfillments").path(0).path("end").path("location");
        String gps = end.path("gps").isTextual() ? end.path("gps").asText() : null;
        String areaCode = end.path("address").path("area_code").isTextual() ? end.path("address").path("area_code").asText() : null;
        return catalogue.storefront(storefrontId).chain(storefront -> {
            if (storefront == null) {
                return Uni.createFrom().item(new Priced(null, asked, null));
            }
            List<UUID> ids = asked.stream().map(a -> uuid(a.itemId())).filter(java.util.Objects::nonNull).toList();
            return catalogue.items(storefrontId, ids).map(items -> new Priced(storefront, asked,
                    Quote.of(storefront, items, asked, gps, areaCode, terms())));
        });
    }

    private Quote.Terms terms() {
        return new Quote.Terms(config.deliveryCharge(), config.packingCharge(), config.deliveryTime(), config.quoteTtl());
    }

    /** What stops a cart being sold, as an ONDC error, or null. Stock is left to the caller. */
    private static ObjectNode refusal(Priced p) {
        if (p.storefront() == null) {
            return Callbacks.domainError("30001", "provider not found");
        }
        if (!p.storefront().live()) {
            return Callbacks.domainError("30017", "the merchant is not taking orders now");
        }
        if (p.storefront().closedOn(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")))) {
            return Callbacks.domainError("30017", "the merchant is closed today (holiday)");
        }
        if (p.asked().isEmpty() || p.asked().stream().anyMatch(a -> a.count() < 1)) {
            return Callbacks.error("DOMAIN-ERROR", "30000", "every item needs a quantity of at least 1");
        }
        if (!p.quote().unknownItems().isEmpty()) {
            return Callbacks.domainError("30004", "items not found: " + String.join(",", p.quote().unknownItems()));
        }
        if (!p.quote().serviceable()) {
            return Callbacks.domainError("30009", "the delivery location is not serviceable by this store");
        }
        return null;
    }

    // ---- /select

    public Uni<Void> select(BuyerRequest r, Map<String, String> trace) {
        return price(r.order()).chain(p -> {
            ObjectNode error = refusal(p);
            if (p.storefront() == null) {
                return callbacks.send("on_select", r.transactionId(), r.messageId(), emptyOrder(r.order()), error, trace);
            }
            ObjectNode message = ondc.onSelect(p.storefront(), p.quote(), p.asked());
            if (error == null && !p.quote().shortfalls().isEmpty()) {
                error = Callbacks.domainError("40002", p.quote().shortfallMessage());
            }
            ObjectNode answer = error;
            return drafts.lock(r.transactionId()).chain(draft -> {
                if (draft != null && (OrderDraft.CONFIRMING.equals(draft.stage) || OrderDraft.CONFIRMED.equals(draft.stage))) {
                    return Uni.createFrom().voidItem();
                }
                OrderDraft d = draft != null ? draft : new OrderDraft();
                d.transactionId = r.transactionId();
                d.storefrontId = p.storefront().id();
                d.sellerId = p.storefront().sellerId();
                d.bapId = r.bapId();
                d.stage = d.stage == null ? OrderDraft.SELECTED : d.stage;
                d.quote = p.quote().ondc();
                return drafts.save(d);
            }).chain(() -> callbacks.send("on_select", r.transactionId(), r.messageId(), message, answer, trace));
        });
    }

    // ---- /init

    public Uni<Void> init(BuyerRequest r, Map<String, String> trace) {
        return drafts.lock(r.transactionId()).chain(draft -> {
            if (draft != null && (OrderDraft.CONFIRMING.equals(draft.stage) || OrderDraft.CONFIRMED.equals(draft.stage))) {
                return callbacks.send("on_init", r.transactionId(), r.messageId(), emptyOrder(r.order()),
                        Callbacks.error("DOMAIN-ERROR", "30000", "this transaction's order is already confirmed"), trace);
            }
            return price(r.order()).chain(p -> {
                ObjectNode error = refusal(p);
                if (error != null) {
                    return callbacks.send("on_init", r.transactionId(), r.messageId(),
                            p.storefront() == null ? emptyOrder(r.order()) : JSON.objectNode().set("order", ondc.onInit(p.storefront(), p.quote(), r.order())),
                            error, trace);
                }
                ObjectNode initOrder = ondc.onInit(p.storefront(), p.quote(), r.order());
                OrderDraft d = draft != null ? draft : new OrderDraft();
                String previousHold = OrderDraft.HELD.equals(d.stage) || OrderDraft.HOLDING.equals(d.stage) ? d.holdReference : null;
                d.transactionId = r.transactionId();
                d.storefrontId = p.storefront().id();
                d.sellerId = p.storefront().sellerId();
                d.bapId = r.bapId();
                d.stage = OrderDraft.HOLDING;
                d.quote = p.quote().ondc();
                d.initMessageId = r.messageId();
                d.initOrder = initOrder;
                d.holdSeq = d.holdSeq + 1;
                d.holdReference = reference(r.transactionId(), d.holdSeq);
                d.holdExpiresAt = null;
                Uni<Void> release = previousHold == null ? Uni.createFrom().voidItem()
                        : requestStock(OrderEvents.STOCK_RELEASE_REQUESTED, previousHold, d, null, List.of(), trace);
                return drafts.save(d).chain(() -> release)
                        .chain(() -> requestStock(OrderEvents.STOCK_HOLD_REQUESTED, d.holdReference, d, null, lines(p.quote()), trace));
            });
        });
    }

    // ---- /confirm

    public Uni<Void> confirm(BuyerRequest r, Map<String, String> trace) {
        JsonNode order = r.order();
        String orderId = order.path("id").asText("");
        return drafts.lock(r.transactionId()).chain(draft -> {
            if (orderId.isBlank() || orderId.length() > 200) {
                return refuseConfirm(r, "30000", "order.id is required (at most 200 characters)", trace);
            }
            if (draft == null || draft.initOrder == null || OrderDraft.SELECTED.equals(draft.stage) || OrderDraft.HOLDING.equals(draft.stage)) {
                return refuseConfirm(r, "30000", "no /on_init was sent for this transaction: /init first", trace);
            }
            if (OrderDraft.CONFIRMED.equals(draft.stage) || OrderDraft.CONFIRMING.equals(draft.stage) || OrderDraft.REFUSED.equals(draft.stage)) {
                if (!orderId.equals(draft.orderId)) {
                    return refuseConfirm(r, "30000", "this transaction already has order " + draft.orderId, trace);
                }
                // The same order confirmed again changes nothing; a confirmed one is answered as it stands.
                if (OrderDraft.CONFIRMED.equals(draft.stage)) {
                    return orders.find(orderId).chain(existing -> callbacks.send("on_confirm", r.transactionId(), r.messageId(),
                            JSON.objectNode().set("order", existing.document), null, trace));
                }
                if (OrderDraft.REFUSED.equals(draft.stage)) {
                    return refuseConfirm(r, "40002", "items are out of stock", trace);
                }
                return Uni.createFrom().voidItem();
            }
            String mismatch = quoteMismatch(draft.initOrder, order);
            if (mismatch != null) {
                return refuseConfirm(r, "30000", mismatch, trace);
            }
            return orders.find(orderId).chain(clash -> {
                if (clash != null) {
                    return refuseConfirm(r, "30000", "order id " + orderId + " is already in use", trace);
                }
                draft.stage = OrderDraft.CONFIRMING;
                draft.orderId = orderId;
                draft.confirmMessageId = r.messageId();
                draft.confirmOrder = order;
                return drafts.save(draft).chain(() -> requestStock(OrderEvents.STOCK_COMMIT_REQUESTED, draft.holdReference, draft,
                        orderId, linesOf(draft.initOrder), trace));
            });
        });
    }

    private Uni<Void> refuseConfirm(BuyerRequest r, String code, String text, Map<String, String> trace) {
        ObjectNode order = emptyOrder(r.order());
        ((ObjectNode) order.path("order")).put("state", "Cancelled");
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
        Map<String, Integer> asked = new java.util.TreeMap<>();
        confirmOrder.path("items").forEach(i -> asked.merge(i.path("id").asText(), i.path("quantity").path("count").asInt(), Integer::sum));
        Map<String, Integer> quotedItems = new java.util.TreeMap<>();
        initOrder.path("items").forEach(i -> quotedItems.merge(i.path("id").asText(), i.path("quantity").path("count").asInt(), Integer::sum));
        if (!asked.equals(quotedItems)) {
            return "items " + asked + " are not the quoted " + quotedItems;
        }
        return null;
    }

    // ---- inventory-service's answers

    public Uni<Void> held(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (d == null || !OrderDraft.HOLDING.equals(d.stage) || !a.reference().equals(d.holdReference)) {
                return Uni.createFrom().voidItem();
            }
            d.stage = OrderDraft.HELD;
            d.holdExpiresAt = a.expiresAt();
            return drafts.save(d).chain(() -> callbacks.send("on_init", d.transactionId, d.initMessageId,
                    JSON.objectNode().set("order", d.initOrder), null, trace));
        });
    }

    public Uni<Void> holdRefused(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (d == null || !OrderDraft.HOLDING.equals(d.stage) || !a.reference().equals(d.holdReference)) {
                return Uni.createFrom().voidItem();
            }
            d.stage = OrderDraft.HOLD_REFUSED;
            return drafts.save(d).chain(() -> callbacks.send("on_init", d.transactionId, d.initMessageId,
                    JSON.objectNode().set("order", d.initOrder), Callbacks.domainError("40002", shortfallMessage(a)), trace));
        });
    }

    public Uni<Void> committed(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (d == null || !OrderDraft.CONFIRMING.equals(d.stage)) {
                return Uni.createFrom().voidItem();
            }
            return catalogue.storefront(d.storefrontId).chain(storefront -> {
                Instant now = OrderLifecycle.later(null);
                Instant createdAt = createdAt(d.confirmOrder, now);
                SellerOrder order = new SellerOrder();
                order.id = d.orderId;
                order.transactionId = d.transactionId;
                order.storefrontId = d.storefrontId;
                order.sellerId = d.sellerId;
                order.partnerId = storefront == null ? null : storefront.partnerId();
                order.bapId = d.bapId;
                order.state = config.autoAccept() ? "Accepted" : "Created";
                order.fulfilmentState = "Pending";
                order.total = Catalogue.decimal(d.initOrder.path("quote").path("price").path("value"));
                order.invoiceToken = UUID.randomUUID().toString().replace("-", "");
                order.createdAt = createdAt;
                order.updatedAt = now;
                Catalogue.Storefront shop = storefront != null ? storefront
                        : new Catalogue.Storefront(d.storefrontId, d.sellerId, null, JSON.objectNode());
                order.document = ondc.onConfirm(shop, d.initOrder, d.confirmOrder, order.state, createdAt, now, d.initOrder.path("quote"));
                d.stage = OrderDraft.CONFIRMED;
                return drafts.save(d)
                        .chain(() -> lifecycle.created(order, config.autoAccept() ? "confirmed by the buyer app, accepted automatically"
                                : "confirmed by the buyer app", trace))
                        .chain(() -> callbacks.send("on_confirm", d.transactionId, d.confirmMessageId,
                                JSON.objectNode().set("order", order.document), null, trace));
            });
        });
    }

    public Uni<Void> commitRefused(StockAnswer a, Map<String, String> trace) {
        return drafts.lock(a.transactionId()).chain(d -> {
            if (d == null || !OrderDraft.CONFIRMING.equals(d.stage)) {
                return Uni.createFrom().voidItem();
            }
            d.stage = OrderDraft.REFUSED;
            ObjectNode order = d.confirmOrder.deepCopy();
            order.put("state", "Cancelled");
            return drafts.save(d).chain(() -> callbacks.send("on_confirm", d.transactionId, d.confirmMessageId,
                    JSON.objectNode().set("order", order), Callbacks.domainError("40002", shortfallMessage(a)), trace));
        });
    }

    // ---- /status and /track

    public Uni<Void> status(BuyerRequest r, Map<String, String> trace) {
        String orderId = r.message() == null ? "" : r.message().path("order_id").asText("");
        return orders.find(orderId).chain(order -> {
            if (order == null || !order.transactionId.equals(r.transactionId())) {
                return callbacks.send("on_status", r.transactionId(), r.messageId(),
                        JSON.objectNode().set("order", JSON.objectNode().put("id", orderId)),
                        Callbacks.domainError("30018", "order not found"), trace);
            }
            return callbacks.send("on_status", r.transactionId(), r.messageId(), JSON.objectNode().set("order", order.document), null, trace);
        });
    }

    public Uni<Void> track(BuyerRequest r, Map<String, String> trace) {
        String orderId = r.message() == null ? "" : r.message().path("order_id").asText("");
        return orders.find(orderId).chain(order -> {
            ObjectNode tracking = JSON.objectNode();
            tracking.put("id", Quote.FULFILMENT_ID);
            if (order == null || !order.transactionId.equals(r.transactionId())) {
                tracking.put("status", "inactive");
                return callbacks.send("on_track", r.transactionId(), r.messageId(), JSON.objectNode().set("tracking", tracking),
                        Callbacks.domainError("30018", "order not found"), trace);
            }
            boolean moving = "Order-picked-up".equals(order.fulfilmentState) || "Out-for-delivery".equals(order.fulfilmentState);
            tracking.put("status", moving ? "active" : "inactive");
            JsonNode start = order.document.path("fulfillments").path(0).path("start").path("location");
            if (start.path("gps").isTextual()) {
                ObjectNode location = tracking.putObject("location");
                location.put("gps", start.path("gps").asText());
                String now = OndcOrders.timestamp(Instant.now());
                location.putObject("time").put("timestamp", now);
                location.put("updated_at", now);
            }
            return callbacks.send("on_track", r.transactionId(), r.messageId(), JSON.objectNode().set("tracking", tracking), null, trace);
        });
    }

    // ---- helpers

    private Uni<Void> requestStock(String type, String reference, OrderDraft d, String orderId, List<StockRequest.Line> lines,
            Map<String, String> trace) {
        StockRequest request = new StockRequest(reference, d.storefrontId, d.sellerId, d.transactionId, orderId, lines,
                OrderEvents.STOCK_HOLD_REQUESTED.equals(type) ? config.holdTtl().toString() : null);
        return outbox.publish(OrderEvents.TOPIC, type, 1, reference, request, trace).replaceWithVoid();
    }

    private static List<StockRequest.Line> lines(Quote quote) {
        Map<UUID, Integer> counts = new java.util.LinkedHashMap<>();
        quote.lines().forEach(l -> counts.merge(l.itemId(), l.count(), Integer::sum));
        return counts.entrySet().stream().map(e -> new StockRequest.Line(e.getKey(), e.getValue())).toList();
    }

    private static List<StockRequest.Line> linesOf(JsonNode order) {
        Map<UUID, Integer> counts = new java.util.LinkedHashMap<>();
        order.path("items").forEach(i -> counts.merge(UUID.fromString(i.path("id").asText()), i.path("quantity").path("count").asInt(), Integer::sum));
        return counts.entrySet().stream().map(e -> new StockRequest.Line(e.getKey(), e.getValue())).toList();
    }

    private static String shortfallMessage(StockAnswer a) {
        ArrayNode list = JSON.arrayNode();
        if (a.shortfall() != null) {
            a.shortfall().forEach(s -> list.addObject().put("item_id", s.catalogueItemId().toString()).put("error", "40002"));
        }
        return list.toString();
    }

    private static ObjectNode emptyOrder(JsonNode asked) {
        ObjectNode order = JSON.objectNode();
        if (asked.path("id").isTextual()) {
            order.put("id", asked.path("id").asText());
        }
        if (asked.path("provider").isObject()) {
            order.set("provider", JSON.objectNode().put("id", asked.path("provider").path("id").asText()));
        }
        ArrayNode items = order.putArray("items");
        asked.path("items").forEach(i -> items.addObject().put("id", i.path("id").asText())
                .set("quantity", JSON.objectNode().put("count", Math.max(0, i.path("quantity").path("count").asInt()))));
        return JSON.objectNode().set("order", order);
    }

    private static Instant createdAt(JsonNode confirmOrder, Instant fallback) {
        try {
            return Instant.parse(confirmOrder.path("created_at").asText());
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** The stock hold's reference: inventory-service takes letters, digits and {@code . _ : -}; other ids are hashed. */
    static String reference(String transactionId, int seq) {
        String base = SAFE_REFERENCE.matcher(transactionId).matches() ? transactionId : sha256(transactionId);
        return "txn." + base + "." + seq;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
