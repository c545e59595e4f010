package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Breakup;
import in.haat.ondc.retail.Count;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.FulfillmentState;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.ItemQuantity;
import in.haat.ondc.retail.Order;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order as the seller's part-cancel /on_update shows it (ONDC's on_update_part_cancel example): each forward item
 * line down by the units cancelled, those units on the Cancel fulfilment's item line, the quote's item and tax lines
 * recomputed for what is left (delivery and packing stay: the order still ships), and the Cancel fulfilment with the
 * cancel_request and one quote_trail per line changed, the refund as a negative value. Pure.
 */
public final class PartCancellation {

    private PartCancellation() {
    }

    /**
     * {@code document} with {@code cut} (units cancelled per item id, each at most the units left, checked by the
     * caller) cancelled by {@code cancelledBy} for ONDC reason {@code reasonId}. Earlier part-cancels' units and
     * quote trail are kept.
     */
    public static ObjectNode of(JsonNode document, Map<String, Integer> cut, String reasonId, String cancelledBy) {
        Order order = OndcJson.read(document, Order.class);
        Cut done = cut(order, cut, Cancellation.FULFILMENT_ID);
        List<TagGroup> cancelTags = new ArrayList<>(List.of(Cancellation.cancelRequest(reasonId, cancelledBy)));
        List<Fulfillment> fulfilments = new ArrayList<>();
        for (Fulfillment f : order.fulfillments()) {
            if (Cancellation.FULFILMENT_ID.equals(f.id())) {
                // An earlier part-cancel: its refunds stay in the trail, after them this one's.
                (f.tags() == null ? List.<TagGroup>of() : f.tags()).stream().filter(t -> "quote_trail".equals(t.groupCode())).forEach(cancelTags::add);
                continue;
            }
            fulfilments.add(f);
        }
        cancelTags.addAll(done.trail());
        fulfilments.add(Fulfillment.of(Cancellation.FULFILMENT_ID, FulfilmentType.CANCEL.code())
                .withState(FulfillmentState.of(FulfilmentState.CANCELLED.code())).withTags(cancelTags));
        return OndcJson.tree(order.withItems(done.items()).withFulfillments(fulfilments).withQuote(done.quote()));
    }

    /** Units taken off an order: its items and quote after, and the quote_trail tags of what changed. */
    public record Cut(List<Item> items, in.haat.ondc.retail.Quote quote, List<TagGroup> trail) {
    }

    /**
     * {@code cut} (units per item id) taken off {@code order}'s forward items onto fulfilment {@code toFulfilment}
     * (Cancel's C1, a Return's id), with the quote's item and tax lines recomputed for what is left.
     */
    public static Cut cut(Order order, Map<String, Integer> cut, String toFulfilment) {
        Map<String, Integer> before = new LinkedHashMap<>();
        Map<String, Integer> already = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        for (Item item : order.items()) {
            if (toFulfilment.equals(item.fulfillmentId())) {
                already.merge(item.id(), item.count(), Integer::sum);
            } else if (Quote.FULFILMENT_ID.equals(item.fulfillmentId())) {
                before.put(item.id(), item.count());
                int units = cut.getOrDefault(item.id(), 0);
                items.add(units == 0 ? item : item.withQuantity(ItemQuantity.of(item.count() - units)));
            } else {
                items.add(item); // another fulfilment's (an earlier part-cancel's, another return's): as it was
            }
        }
        for (Item item : order.items()) {
            if (Quote.FULFILMENT_ID.equals(item.fulfillmentId()) && (cut.containsKey(item.id()) || already.containsKey(item.id()))) {
                items.add(Item.of(item.id(), toFulfilment, already.getOrDefault(item.id(), 0) + cut.getOrDefault(item.id(), 0)));
            }
        }
        String currency = order.quote().price() != null && order.quote().price().currency() != null ? order.quote().price().currency() : "INR";
        List<TagGroup> trail = new ArrayList<>();
        List<Breakup> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Breakup line : order.quote().breakup()) {
            Breakup changed = line;
            Integer units = cut.get(line.ondcItemId());
            if (units != null && units > 0 && before.containsKey(line.ondcItemId())) {
                int was = before.get(line.ondcItemId());
                int left = was - units;
                BigDecimal price = Cancellation.amount(line.price() == null ? null : line.price().value());
                BigDecimal now = "item".equals(line.ondcTitleType()) ? Quote.money(unitPrice(line, was).multiply(BigDecimal.valueOf(left)))
                        : "tax".equals(line.ondcTitleType()) ? taxLeft(price, was, left) : price;
                if (now.compareTo(price) != 0 || "tax".equals(line.ondcTitleType())) {
                    trail.add(Cancellation.trail(line.ondcTitleType(), line.ondcItemId(), currency, now.subtract(price)));
                }
                changed = line.withPrice(Quote.inr(now));
                if ("item".equals(line.ondcTitleType())) {
                    changed = changed.withOndcItemQuantity(Count.of(left));
                }
            }
            total = total.add(Cancellation.amount(changed.price() == null ? null : changed.price().value()));
            lines.add(changed);
        }
        return new Cut(items, order.quote().withBreakup(lines).withPrice(Quote.inr(Quote.money(total))), trail);
    }

    /** The tax left on a line of {@code before} units once only {@code after} are left: in proportion, to the paisa. */
    public static BigDecimal taxLeft(BigDecimal tax, int before, int after) {
        return before <= 0 ? Quote.money(BigDecimal.ZERO)
                : tax.multiply(BigDecimal.valueOf(after)).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
    }

    /** A line's unit price: its item's price, or the line's price over its count. */
    private static BigDecimal unitPrice(Breakup line, int count) {
        if (line.item() != null && line.item().price() != null && line.item().price().value() != null) {
            return Cancellation.amount(line.item().price().value());
        }
        BigDecimal price = Cancellation.amount(line.price() == null ? null : line.price().value());
        return count <= 0 ? price : price.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
