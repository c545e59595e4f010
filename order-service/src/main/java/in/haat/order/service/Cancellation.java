package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Breakup;
import in.haat.ondc.retail.Count;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.FulfillmentState;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.ItemQuantity;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.Quote;
import in.haat.ondc.retail.Reason;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order as /on_cancel shows a whole-order cancellation before pick-up (ONDC's on_cancel example): who cancelled
 * and why, the items moved to a Cancel fulfilment, every quote line refunded (count 0, price 0.00, the total
 * recomputed) and each refund in the Cancel fulfilment's {@code quote_trail} tags as a negative value. Pure.
 */
public final class Cancellation {

    /** The Cancel fulfilment's id in the ONDC order, as in ONDC's examples. */
    public static final String FULFILMENT_ID = "C1";
    /** The title of the quote line of a cancellation fee. */
    public static final String FEE_TITLE = "Cancellation fee";

    private Cancellation() {
    }

    /**
     * {@code document} (the order with its Cancelled states already set) as cancelled by {@code cancelledBy} (the
     * buyer app's bap_id or our bpp_id) for ONDC reason {@code reasonId}, from Delivery state {@code precancelState}.
     */
    public static ObjectNode of(JsonNode document, String reasonId, String cancelledBy, FulfilmentState precancelState) {
        return of(document, reasonId, cancelledBy, precancelState, null);
    }

    /**
     * The same, where {@code document} already has its Cancelled states: {@code precancelUpdatedAt} is the order's
     * updated_at before the cancellation (ONDC's validator compares it with the last /on_confirm or /on_status); null:
     * the document's own.
     */
    public static ObjectNode of(JsonNode document, String reasonId, String cancelledBy, FulfilmentState precancelState,
            String precancelUpdatedAt) {
        return of(document, reasonId, cancelledBy, precancelState, precancelUpdatedAt, BigDecimal.ZERO);
    }

    /**
     * The same, less a cancellation {@code fee} (the 1.2.5 cancellation terms' fee for the state and reason; zero: none)
     * the buyer still pays: a {@code misc} quote line "Cancellation fee" on the Cancel fulfilment, so the quote's price
     * is the fee, and its {@code quote_trail} entry (positive: a line added), so the quote at /on_confirm is still the
     * price plus what the trail refunded, as ONDC's validator checks.
     */
    public static ObjectNode of(JsonNode document, String reasonId, String cancelledBy, FulfilmentState precancelState,
            String precancelUpdatedAt, BigDecimal fee) {
        // ONDC's on_cancel (example and validator) has neither the order's terms tags nor its cancellation terms.
        ObjectNode kept = ((ObjectNode) document).deepCopy();
        kept.remove(List.of("tags", "cancellation_terms"));
        Order order = OndcJson.read(kept, Order.class);
        String updatedAt = precancelUpdatedAt != null ? precancelUpdatedAt : order.updatedAt() != null ? order.updatedAt() : "";
        // ONDC's example: the forward fulfilment keeps its items at count 0, the Cancel fulfilment has the units cancelled.
        List<Item> items = new ArrayList<>();
        List<Item> cancelled = new ArrayList<>();
        for (Item item : order.items()) {
            if (FULFILMENT_ID.equals(item.fulfillmentId())) {
                cancelled.add(item); // cancelled before: stays as it was
                continue;
            }
            items.add(item.withQuantity(ItemQuantity.of(0)));
            if (item.count() > 0) {
                cancelled.add(item.withFulfillmentId(FULFILMENT_ID));
            }
        }
        items.addAll(cancelled);
        List<Fulfillment> fulfilments = new ArrayList<>();
        for (Fulfillment f : order.fulfillments()) {
            if (FULFILMENT_ID.equals(f.id())) {
                continue;
            }
            // ONDC's validator: the cancelled Delivery says why (cancel_request) and from where (precancel_state),
            // and carries no other tag (its routing tag is not allowed in /on_cancel).
            fulfilments.add(!FulfilmentType.DELIVERY.code().equals(f.type()) ? f : f.withTags(List.of(cancelRequest(reasonId, cancelledBy),
                    TagGroup.of("precancel_state", List.of(Tag.of("fulfillment_state", precancelState.code()), Tag.of("updated_at", updatedAt))))));
        }
        Refund refund = refund(order.quote());
        List<TagGroup> tags = new ArrayList<>(List.of(cancelRequest(reasonId, cancelledBy)));
        tags.addAll(refund.trail());
        Quote quote = refund.quote();
        if (fee.signum() > 0) {
            List<Breakup> lines = new ArrayList<>(quote.breakup());
            lines.add(new Breakup(FULFILMENT_ID, null, FEE_TITLE, "misc", in.haat.order.service.Quote.inr(fee), null, Map.of()));
            quote = quote.withBreakup(lines).withPrice(in.haat.order.service.Quote.inr(amount(quote.price().value()).add(fee)));
            tags.add(trail("misc", FULFILMENT_ID, quote.price().currency(), fee));
        }
        fulfilments.add(Fulfillment.of(FULFILMENT_ID, FulfilmentType.CANCEL.code()).withState(FulfillmentState.of(FulfilmentState.CANCELLED.code()))
                .withTags(tags));
        // ONDC's 1.2.x schema requires reason.state (its examples omit it): the state the order was cancelled in, as
        // the precancel_state tag of ONDC's examples names it.
        in.haat.ondc.retail.Cancellation cancellation = new in.haat.ondc.retail.Cancellation(cancelledBy, new Reason(reasonId, precancelState.code(), Map.of()), Map.of());
        return OndcJson.tree(order.withCancellation(cancellation).withItems(items)
                .withFulfillments(fulfilments).withQuote(quote));
    }

    /**
     * The cancellation fee the order's own {@code cancellation_terms} (stated at /on_init in 1.2.5, none in 1.2.0) give
     * for cancelling from {@code state} for {@code reasonId}: the term of that state whose {@code short_desc} lists the
     * reason (or lists none), its percentage of the order's price now (a part-cancel may have lowered it), else its
     * amount; zero when no term applies.
     */
    public static BigDecimal fee(JsonNode document, FulfilmentState state, String reasonId) {
        Order order = OndcJson.read(document, Order.class);
        if (order.cancellationTerms() == null || order.quote() == null || order.quote().price() == null) {
            return BigDecimal.ZERO;
        }
        for (in.haat.ondc.retail.CancellationTerm term : order.cancellationTerms()) {
            Descriptor at = term.fulfillmentState() == null ? null : term.fulfillmentState().descriptor();
            String reasons = at == null || at.shortDesc() == null ? "" : at.shortDesc();
            if (at == null || !state.code().equals(at.code()) || term.cancellationFee() == null
                    || !reasons.isBlank() && !List.of(reasons.split(",")).contains(reasonId)) {
                continue;
            }
            in.haat.ondc.retail.CancellationFee fee = term.cancellationFee();
            BigDecimal value = fee.percentage() != null
                    ? amount(order.quote().price().value()).multiply(amount(fee.percentage())).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                    : amount(fee.amount() == null ? null : fee.amount().value());
            return value.max(BigDecimal.ZERO);
        }
        return BigDecimal.ZERO;
    }

    static TagGroup cancelRequest(String reasonId, String cancelledBy) {
        return TagGroup.of("cancel_request", List.of(Tag.of("reason_id", reasonId), Tag.of("initiated_by", cancelledBy)));
    }

    /** A quote with every line refunded, and the {@code quote_trail} tags of what was refunded. */
    record Refund(Quote quote, List<TagGroup> trail) {
    }

    /**
     * Refunds every line of {@code quote} (item lines to count 0, each price to 0.00, the quote's price the sum again)
     * with the {@code quote_trail} tags of what was refunded: one per line that had a price, with its title type, its
     * id and the amount as a negative value.
     */
    static Refund refund(Quote quote) {
        return refund(quote, line -> true);
    }

    /** The same for the lines {@code picks} picks; the others stay as they are. */
    static Refund refund(Quote quote, java.util.function.Predicate<Breakup> picks) {
        List<TagGroup> trail = new ArrayList<>();
        String currency = quote.price() != null && quote.price().currency() != null ? quote.price().currency() : "INR";
        BigDecimal total = BigDecimal.ZERO;
        List<Breakup> lines = new ArrayList<>();
        for (Breakup line : quote.breakup()) {
            BigDecimal price = amount(line.price() == null ? null : line.price().value());
            if (!picks.test(line)) {
                total = total.add(price);
                lines.add(line);
                continue;
            }
            if (price.signum() != 0) {
                String lineCurrency = line.price().currency() != null ? line.price().currency() : currency;
                trail.add(trail(text(line.ondcTitleType()), text(line.ondcItemId()), lineCurrency, price.negate()));
            }
            Breakup refunded = "item".equals(line.ondcTitleType()) ? line.withOndcItemQuantity(Count.of(0)) : line;
            refunded = refunded.withPrice(in.haat.order.service.Quote.inr(BigDecimal.ZERO));
            total = total.add(amount(refunded.price().value()));
            lines.add(refunded);
        }
        return new Refund(quote.withBreakup(lines).withPrice(in.haat.order.service.Quote.inr(total)), trail);
    }

    /** One {@code quote_trail} tag: what changed in the quote line of this type and id, by {@code value} (a refund is negative). */
    static TagGroup trail(String type, String id, String currency, BigDecimal value) {
        return TagGroup.of("quote_trail", List.of(Tag.of("type", type), Tag.of("id", id), Tag.of("currency", currency),
                Tag.of("value", money(value))));
    }

    /** The quote's price after a cancellation, for the order's total. */
    public static BigDecimal total(JsonNode document) {
        Order order = OndcJson.read(document, Order.class);
        return amount(order.quote() == null || order.quote().price() == null ? null : order.quote().price().value());
    }

    static BigDecimal amount(String value) {
        try {
            return value == null ? BigDecimal.ZERO : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String money(BigDecimal value) {
        return in.haat.order.service.Quote.money(value).toPlainString();
    }
}
