package in.haat.order.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.Order;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import in.haat.order.OrderFulfilment;
import in.haat.order.OrderLine;
import in.haat.order.OrderReturn;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.event.OrderEvents;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.ReturnRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The buyer app's return request (/update with {@code update_target: item} and a Return fulfilment's return_request):
 * units of a delivered order's item, returnable and within its return window, for one of ONDC's return reasons. An
 * accepted request is a Return fulfilment in Return_Initiated for the seller to act on, {@code order.return-requested}
 * and /on_update answering it; any other is answered with ONDC's error and changes nothing. In the consumer's transaction.
 */
@ApplicationScoped
public class ReturnRequests {

    /** ONDC's return reasons a buyer app may give (the log validator's list). */
    public static final Set<String> REASONS = Set.of("001", "002", "003", "004", "005");
    private static final Set<FulfilmentState> OPEN = Set.of(FulfilmentState.RETURN_INITIATED, FulfilmentState.RETURN_APPROVED);

    private final OrderLineRepository lines;
    private final FulfilmentRepository fulfilments;
    private final ReturnRepository returns;
    private final CatalogueRepository catalogue;
    private final OrderLifecycle lifecycle;
    private final Callbacks callbacks;

    public ReturnRequests(OrderLineRepository lines, FulfilmentRepository fulfilments, ReturnRepository returns, CatalogueRepository catalogue,
            OrderLifecycle lifecycle, Callbacks callbacks) {
        this.lines = lines;
        this.fulfilments = fulfilments;
        this.returns = returns;
        this.catalogue = catalogue;
        this.lifecycle = lifecycle;
        this.callbacks = callbacks;
    }

    /** {@code asked} (the /update's order) on {@code order}, the buyer app's own. */
    public Uni<Void> request(BuyerRequest r, SellerOrder order, Order asked, Map<String, String> trace) {
        if (!Transitions.buyerMayReturn(order.state, order.fulfilmentState)) {
            return refuse(r, order, "50002", "updation not possible: only a delivered order's items may be returned", trace);
        }
        List<Tag> request = returnRequest(asked);
        Map<String, String> t = new HashMap<>();
        request.forEach(tag -> t.put(tag.code(), tag.value()));
        String returnId = t.getOrDefault("id", "");
        String itemId = t.getOrDefault("item_id", "");
        int units = count(t.get("item_quantity"));
        if (!returnId.matches("[A-Za-z0-9_-]{1,32}") || units < 1 || !REASONS.contains(t.get("reason_id"))) {
            return refuse(r, order, "30005", "invalid return request: a return_request needs an id, an item_id, an item_quantity of at "
                    + "least 1 and a reason_id of 001 to 005", trace);
        }
        // One session: its queries one after another.
        return lines.of(order.id).chain(l -> fulfilments.all(order.id).chain(f -> returns.of(order.id).map(o -> new Known(l, f, o)))).chain(all -> {
            OrderLine line = all.lines().stream().filter(l -> l.itemId.equals(itemId)).findFirst().orElse(null);
            if (line == null) {
                return refuse(r, order, "30004", "item " + itemId + " is not in the order", trace);
            }
            Map<String, FulfilmentState> states = new HashMap<>();
            all.fulfilments().forEach(f -> states.put(f.fulfilmentId, f.state));
            if (states.containsKey(returnId)) {
                return refuse(r, order, "50002", "updation not possible: the order already has a fulfilment " + returnId, trace);
            }
            int left = returnable(line, all.fulfilments(), all.returns());
            if (units > left) {
                return refuse(r, order, "30005", "invalid return request: " + left + " units of " + itemId + " may be returned", trace);
            }
            Instant delivered = all.fulfilments().stream().filter(f -> f.type == FulfilmentType.DELIVERY).map(f -> f.updatedAt).findFirst()
                    .orElse(order.updatedAt);
            return catalogue.items(order.storefrontId, List.of(line.catalogueItemId)).chain(items -> {
                Catalogue.Item item = items.get(line.catalogueItemId);
                if (item == null || !item.returnable()) {
                    return refuse(r, order, "50002", "updation not possible: item " + itemId + " is not returnable", trace);
                }
                if (Instant.now().isAfter(delivered.plus(item.returnWindow()))) {
                    return refuse(r, order, "50002", "updation not possible: the return window of " + itemId + " (" + item.returnWindow()
                            + " from delivery) has passed", trace);
                }
                return accept(r, order, line, returnId, units, t.get("reason_id"), request, trace);
            });
        });
    }

    /** What the order has: its lines, fulfilments and return requests. */
    private record Known(List<OrderLine> lines, List<OrderFulfilment> fulfilments, List<OrderReturn> returns) {
    }

    private Uni<Void> accept(BuyerRequest r, SellerOrder order, OrderLine line, String returnId, int units, String reasonId, List<Tag> request,
            Map<String, String> trace) {
        String cause = "return " + returnId + " of " + units + " x " + line.itemId + " asked by the buyer app " + r.bapId() + " (reason " + reasonId + ")";
        return open(order, line, returnId, units, reasonId, request, r.bapId(), FulfilmentState.RETURN_INITIATED, r.messageId(), cause, trace)
                .replaceWithVoid();
    }

    /** Units of {@code line} a new return may take: the line's units less those of its returns still open (initiated or approved). */
    public static int returnable(OrderLine line, List<OrderFulfilment> orderFulfilments, List<OrderReturn> orderReturns) {
        Map<String, FulfilmentState> states = new HashMap<>();
        orderFulfilments.forEach(f -> states.put(f.fulfilmentId, f.state));
        int open = orderReturns.stream().filter(o -> o.itemId.equals(line.itemId) && OPEN.contains(states.get(o.fulfilmentId)))
                .mapToInt(o -> o.quantity).sum();
        return Math.max(0, line.quantity - open);
    }

    /**
     * Opens return {@code returnId} of {@code units} of {@code line}, asked with {@code request} (the return_request
     * tags) by {@code bapId}: the return, its Return fulfilment in {@code state} (Return_Initiated for the seller to act
     * on; Return_Approved when the seller itself offers the return, an issue's resolution), {@code order.return-requested}
     * and /on_update (answering {@code messageId}; null: unsolicited). In the caller's transaction, the order locked.
     */
    public Uni<SellerOrder> open(SellerOrder order, OrderLine line, String returnId, int units, String reasonId, List<Tag> request, String bapId,
            FulfilmentState state, String messageId, String cause, Map<String, String> trace) {
        OrderReturn ret = new OrderReturn();
        ret.id = UUID.randomUUID();
        ret.orderId = order.id;
        ret.fulfilmentId = returnId;
        ret.itemId = line.itemId;
        ret.catalogueItemId = line.catalogueItemId;
        ret.quantity = units;
        ret.reasonId = reasonId;
        OrderLifecycle.Told told = new OrderLifecycle.Told("on_update", messageId, document -> {
            ObjectNode requested = Returns.requested(document, returnId, request, bapId);
            return state == FulfilmentState.RETURN_INITIATED ? requested : Returns.moved(requested, returnId, state, null, OndcOrders.timestamp(Instant.now()), line.itemId, units);
        });
        return lifecycle.updated(order, OrderEvents.ORDER_RETURN_REQUESTED, cause, told, trace)
                .call(updated -> {
                    ret.createdAt = updated.updatedAt;
                    return returns.persist(ret);
                })
                .call(updated -> fulfilments.persist(OrderFulfilment.of(updated, returnId, Transitions.RETURN.type(), state)));
    }

    /** The return_request tags of the /update's Return fulfilment; empty when there is none. */
    private static List<Tag> returnRequest(Order asked) {
        for (Fulfillment f : asked.fulfillments() == null ? List.<Fulfillment>of() : asked.fulfillments()) {
            if (FulfilmentType.RETURN.code().equals(f.type()) && f.tags() != null) {
                for (TagGroup group : f.tags()) {
                    if ("return_request".equals(group.groupCode()) && group.list() != null) {
                        return group.list();
                    }
                }
            }
        }
        return List.of();
    }

    private static int count(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Uni<Void> refuse(BuyerRequest r, SellerOrder order, String code, String reason, Map<String, String> trace) {
        return callbacks.send("on_update", r.transactionId(), r.messageId(), JsonNodeFactory.instance.objectNode().set("order", order.document),
                Callbacks.domainError(code, reason), trace);
    }
}
