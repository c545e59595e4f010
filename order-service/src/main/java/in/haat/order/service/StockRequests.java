package in.haat.order.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import in.haat.events.Outbox;
import in.haat.ondc.retail.Order;
import in.haat.order.OrderDraft;
import in.haat.order.OrderLine;
import in.haat.order.SellerOrder;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.StockRequest;
import in.haat.order.mapping.StockAnswer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The stock order-service asks inventory-service for (hold, commit, release, ship, give back), through the outbox. */
@ApplicationScoped
public class StockRequests {

    private static final Pattern SAFE_REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,150}");

    private final Outbox outbox;
    private final OrderConfig config;

    public StockRequests(Outbox outbox, OrderConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * A hold of a transaction's items, or the release of one, before any order exists; a hold is asked until released,
     * with its time limit for an inventory-service that does not know that yet.
     */
    public Uni<Void> forDraft(String type, String reference, OrderDraft d, List<StockRequest.Line> lines, Map<String, String> trace) {
        boolean hold = OrderEvents.STOCK_HOLD_REQUESTED.equals(type);
        return publish(type, new StockRequest(reference, d.storefrontId, d.sellerId, d.transactionId, null, lines,
                hold ? config.holdTtl().toString() : null, hold && config.holdUntilReleased() ? Boolean.TRUE : null, null), trace);
    }

    /**
     * The commit of a transaction's hold at /confirm. {@code orderMade}: the order was made on the hold in this
     * transaction, so only a refusal needs an answer (issue 15: a {@code stock.committed} that changed nothing cost
     * order-service a transaction per confirm).
     */
    public Uni<Void> commit(OrderDraft d, String orderId, List<StockRequest.Line> lines, boolean orderMade, Map<String, String> trace) {
        return publish(OrderEvents.STOCK_COMMIT_REQUESTED, new StockRequest(d.holdReference, d.storefrontId, d.sellerId,
                d.transactionId, orderId, lines, null, null, orderMade ? Boolean.TRUE : null), trace);
    }

    private Uni<Void> publish(String type, StockRequest request, Map<String, String> trace) {
        return outbox.publish(OrderEvents.TOPIC, type, 1, request.reference(), request, trace).replaceWithVoid();
    }

    /** A request about an order's committed units (ship, give back), under {@code order.<id>}. */
    public Uni<Void> forOrder(String type, SellerOrder order, List<OrderLine> lines) {
        // A line whose every unit was part-cancelled has nothing left to move (inventory-service refuses a quantity of 0).
        List<StockRequest.Line> units = lines.stream().filter(l -> l.quantity > 0).map(l -> new StockRequest.Line(l.catalogueItemId, l.quantity)).toList();
        return units.isEmpty() ? Uni.createFrom().voidItem() : forUnits(type, order, units);
    }

    /** A request about some of an order's units (a part-cancel's), under {@code order.<id>}. */
    public Uni<Void> forUnits(String type, SellerOrder order, List<StockRequest.Line> units) {
        return outbox.publish(OrderEvents.TOPIC, type, 1, "order." + order.id,
                new StockRequest("order." + order.id, order.storefrontId, order.sellerId, order.transactionId, order.id, units, null, null, null))
                .replaceWithVoid();
    }

    /** The quote's units, one line per item. */
    static List<StockRequest.Line> lines(Quote quote) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        quote.lines().forEach(l -> counts.merge(l.itemId(), l.count(), Integer::sum));
        return counts.entrySet().stream().map(e -> new StockRequest.Line(e.getKey(), e.getValue())).toList();
    }

    /** An ONDC order's units, one line per item. */
    static List<StockRequest.Line> linesOf(Order order) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        order.items().forEach(i -> counts.merge(UUID.fromString(i.id()), i.count(), Integer::sum));
        return counts.entrySet().stream().map(e -> new StockRequest.Line(e.getKey(), e.getValue())).toList();
    }

    /** The 40002 message for inventory-service's shortfall, as ONDC's examples give it. */
    static String shortfallMessage(StockAnswer a) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        if (a.shortfall() != null) {
            a.shortfall().forEach(s -> list.addObject().put("item_id", s.catalogueItemId().toString()).put("error", "40002"));
        }
        return list.toString();
    }

    /** The stock hold's reference: inventory-service takes letters, digits and {@code . _ : -}; other ids are hashed. */
    static String reference(String transactionId, int seq) {
        String base = SAFE_REFERENCE.matcher(transactionId).matches() ? transactionId : sha256(transactionId);
        return "txn." + base + "." + seq;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
