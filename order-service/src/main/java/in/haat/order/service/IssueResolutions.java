package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.events.Outbox;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.igm.Resolution;
import in.haat.order.FulfilmentState;
import in.haat.order.OrderHistory;
import in.haat.order.OrderIssue;
import in.haat.order.OrderLine;
import in.haat.order.SellerOrder;
import in.haat.order.Transitions;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.OrderRefunded;
import in.haat.order.mapping.IssueResponse;
import in.haat.order.mapping.PartCancel;
import in.haat.order.repository.FulfilmentRepository;
import in.haat.order.repository.HistoryRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.ReturnRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a RESOLVED issue's resolution does to its order, in the issue move's transaction with the order locked: a
 * REFUND adds to the money refunded on the order ({@code order.refunded}), a RETURN opens the return of the issue's
 * units in the order's lifecycle (approved: the seller offers it), a CANCEL is the seller's cancellation of the order.
 * REPLACEMENT and NO-ACTION leave the order as it is. An order that cannot take the resolution is a 409.
 */
@ApplicationScoped
public class IssueResolutions {

    private final OrderLineRepository lines;
    private final FulfilmentRepository fulfilments;
    private final ReturnRepository returns;
    private final HistoryRepository history;
    private final ReturnRequests returnRequests;
    private final SellerActions sellerActions;
    private final Outbox outbox;

    public IssueResolutions(OrderLineRepository lines, FulfilmentRepository fulfilments, ReturnRepository returns, HistoryRepository history,
            ReturnRequests returnRequests, SellerActions sellerActions, Outbox outbox) {
        this.lines = lines;
        this.fulfilments = fulfilments;
        this.returns = returns;
        this.history = history;
        this.returnRequests = returnRequests;
        this.sellerActions = sellerActions;
        this.outbox = outbox;
    }

    /** What the order has left to refund outside its quote: its total less the refunds granted before. */
    public static BigDecimal refundable(SellerOrder order) {
        return order.total.subtract(order.refunded == null ? BigDecimal.ZERO : order.refunded).max(BigDecimal.ZERO);
    }

    /** {@code resolution} (checked) of {@code issue} applied to {@code order}, as the seller asked it ({@code asked}). */
    public Uni<SellerOrder> apply(SellerOrder order, OrderIssue issue, Resolution resolution, IssueResponse.Resolution asked) {
        return switch (resolution.actionTriggered()) {
            case "REFUND" -> refund(order, issue, new BigDecimal(resolution.refundAmount()));
            case "RETURN" -> returnOf(order, issue, asked);
            case "CANCEL" -> sellerActions.cancel(order, asked.reasonCode(), "cancelled by the seller resolving issue " + issue.id
                    + " (reason " + asked.reasonCode() + ")");
            default -> Uni.createFrom().item(order);
        };
    }

    private Uni<SellerOrder> refund(SellerOrder order, OrderIssue issue, BigDecimal amount) {
        Instant now = OrderLifecycle.later(order.updatedAt);
        order.refunded = Quote.money((order.refunded == null ? BigDecimal.ZERO : order.refunded).add(amount));
        order.updatedAt = now;
        String cause = "refund of " + amount.toPlainString() + " resolving issue " + issue.id + " (refunded " + order.refunded.toPlainString() + ")";
        return history.persist(OrderHistory.of(order, cause, now))
                .chain(() -> outbox.publish(OrderEvents.TOPIC, OrderEvents.ORDER_REFUNDED, 1, order.id, new OrderRefunded(order.id, order.storefrontId,
                        order.sellerId, issue.id, amount.toPlainString(), order.refunded.toPlainString(), order.total.toPlainString(), "INR", now)))
                .replaceWith(order);
    }

    /** The return of the units the seller names, or of the issue's items in full; only of a delivered order. */
    private Uni<SellerOrder> returnOf(SellerOrder order, OrderIssue issue, IssueResponse.Resolution asked) {
        if (!Transitions.buyerMayReturn(order.state, order.fulfilmentState)) {
            return conflict("cannot return items of an order that is " + order.state.code() + " / " + order.fulfilmentState.code()
                    + ": only a delivered order's items are returned");
        }
        Map<String, Integer> wanted = wanted(issue, asked.items());
        // One session: its queries one after another.
        return lines.of(order.id).chain(l -> fulfilments.all(order.id).chain(f -> returns.of(order.id).chain(r -> {
            Set<String> taken = new HashSet<>();
            f.forEach(x -> taken.add(x.fulfilmentId));
            Uni<SellerOrder> done = Uni.createFrom().item(order);
            for (Map.Entry<String, Integer> e : wanted.entrySet()) {
                OrderLine line = l.stream().filter(x -> x.itemId.equals(e.getKey())).findFirst()
                        .orElseThrow(() -> ApiException.invalid("resolution.items", "the order has no item " + e.getKey()));
                int left = ReturnRequests.returnable(line, f, r);
                int units = e.getValue() == null ? left : e.getValue();
                if (units < 1 || units > left) {
                    return conflict(left + " units of " + e.getKey() + " may be returned, not " + (e.getValue() == null ? "any" : units));
                }
                String returnId = nextId(taken);
                List<Tag> request = request(returnId, line.itemId, units, asked.reasonCode(), issue);
                String cause = "return " + returnId + " of " + units + " x " + line.itemId + " approved by the seller resolving issue " + issue.id
                        + " (reason " + asked.reasonCode() + ")";
                done = done.chain(o -> returnRequests.open(o, line, returnId, units, asked.reasonCode(), request, issue.bapId,
                        FulfilmentState.RETURN_APPROVED, null, cause, null));
            }
            return done;
        })));
    }

    /** Units per item id: the seller's list, else every item the issue names (null: all its returnable units). */
    private static Map<String, Integer> wanted(OrderIssue issue, List<PartCancel.Line> items) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (items != null) {
            if (items.isEmpty() || items.size() > 100) {
                throw ApiException.invalid("resolution.items", "must list 1 to 100 {item_id, quantity}");
            }
            for (PartCancel.Line line : items) {
                if (line == null || line.itemId() == null || line.itemId().isBlank() || line.quantity() == null || line.quantity() < 1) {
                    throw ApiException.invalid("resolution.items", "each must have an item_id and a quantity of at least 1");
                }
                wanted.merge(line.itemId(), line.quantity(), Integer::sum);
            }
            return wanted;
        }
        for (JsonNode id : issue.concerns.path("item_ids")) {
            wanted.put(id.asText(), null);
        }
        if (wanted.isEmpty()) {
            throw ApiException.invalid("resolution.items", "the issue names no items: say which units to return");
        }
        return wanted;
    }

    /** The first Return fulfilment id (R1, R2, ...) the order does not have yet; taken from then on. */
    private static String nextId(Set<String> taken) {
        int n = 1;
        while (taken.contains("R" + n)) {
            n++;
        }
        taken.add("R" + n);
        return "R" + n;
    }

    /** The return_request tags as a buyer app's return request carries them, the issue's description as the reason. */
    private static List<Tag> request(String returnId, String itemId, int units, String reasonId, OrderIssue issue) {
        List<Tag> tags = new ArrayList<>(List.of(Tag.of("id", returnId), Tag.of("item_id", itemId), Tag.of("item_quantity", String.valueOf(units)),
                Tag.of("reason_id", reasonId), Tag.of("reason_desc", "issue " + issue.id)));
        JsonNode images = issue.description == null ? null : issue.description.path("images");
        JsonNode image = images == null ? null : images.path(0);
        String url = image == null ? "" : image.isTextual() ? image.asText() : image.path("url").asText(); // 1.0.0: a URL; 2.0.0: {url}
        if (!url.isBlank()) {
            tags.add(Tag.of("images", url));
        }
        return tags;
    }

    private static <T> Uni<T> conflict(String message) {
        return Uni.createFrom().failure(new ApiException(409, ErrorCodes.CONFLICT, message));
    }
}
