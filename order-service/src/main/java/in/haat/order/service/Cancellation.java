package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import java.math.BigDecimal;

/**
 * The order as /on_cancel shows a whole-order cancellation before pick-up (ONDC's on_cancel example): who cancelled
 * and why, the items moved to a Cancel fulfilment, every quote line refunded (count 0, price 0.00, the total
 * recomputed) and each refund in the Cancel fulfilment's {@code quote_trail} tags as a negative value. Pure.
 */
public final class Cancellation {

    /** The Cancel fulfilment's id in the ONDC order, as in ONDC's examples. */
    public static final String FULFILMENT_ID = "C1";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Cancellation() {
    }

    /**
     * {@code document} (the order with its Cancelled states already set) as cancelled by {@code cancelledBy} (the
     * buyer app's bap_id or our bpp_id) for ONDC reason {@code reasonId}, from Delivery state {@code precancelState}.
     */
    public static ObjectNode of(JsonNode document, String reasonId, String cancelledBy, FulfilmentState precancelState) {
        return of(document, reasonId, cancelledBy, precancelState, document.path("updated_at").asText(""));
    }

    /**
     * The same, where {@code document} already has its Cancelled states: {@code precancelUpdatedAt} is the order's
     * updated_at before the cancellation (ONDC's validator compares it with the last /on_confirm or /on_status).
     */
    public static ObjectNode of(JsonNode document, String reasonId, String cancelledBy, FulfilmentState precancelState,
            String precancelUpdatedAt) {
        ObjectNode order = ((ObjectNode) document).deepCopy();
        // ONDC's on_cancel (example and validator) has neither the order's terms tags nor its cancellation terms.
        order.remove("tags");
        order.remove("cancellation_terms");
        ObjectNode cancellation = order.putObject("cancellation");
        cancellation.put("cancelled_by", cancelledBy);
        // ONDC's 1.2.x schema requires reason.state (its examples omit it): the state the order was cancelled in, as
        // the precancel_state tag of ONDC's examples names it.
        cancellation.putObject("reason").put("id", reasonId).put("state", precancelState.code());
        // ONDC's example: the forward fulfilment keeps its items at count 0, the Cancel fulfilment has the units cancelled.
        ArrayNode items = JSON.arrayNode();
        ArrayNode cancelled = JSON.arrayNode();
        for (JsonNode item : order.path("items")) {
            if (FULFILMENT_ID.equals(item.path("fulfillment_id").asText())) {
                cancelled.add(item); // cancelled before: stays as it was
                continue;
            }
            ObjectNode forward = ((ObjectNode) item).deepCopy();
            forward.putObject("quantity").put("count", 0);
            items.add(forward);
            if (item.path("quantity").path("count").asInt() > 0) {
                cancelled.add(((ObjectNode) item).deepCopy().put("fulfillment_id", FULFILMENT_ID));
            }
        }
        items.addAll(cancelled);
        order.set("items", items);
        ArrayNode fulfilments = JSON.arrayNode();
        order.path("fulfillments").forEach(f -> {
            if (!FULFILMENT_ID.equals(f.path("id").asText())) {
                if (FulfilmentType.DELIVERY.code().equals(f.path("type").asText())) {
                    // ONDC's validator: the cancelled Delivery says why (cancel_request) and from where (precancel_state),
                    // and carries no other tag (its routing tag is not allowed in /on_cancel).
                    ArrayNode delivery = ((ObjectNode) f).putArray("tags");
                    cancelRequest(delivery, reasonId, cancelledBy);
                    ArrayNode before = delivery.addObject().put("code", "precancel_state").putArray("list");
                    before.addObject().put("code", "fulfillment_state").put("value", precancelState.code());
                    before.addObject().put("code", "updated_at").put("value", precancelUpdatedAt);
                }
                fulfilments.add(f);
            }
        });
        ObjectNode cancel = fulfilments.addObject();
        cancel.put("id", FULFILMENT_ID);
        cancel.put("type", FulfilmentType.CANCEL.code());
        cancel.putObject("state").putObject("descriptor").put("code", FulfilmentState.CANCELLED.code());
        ArrayNode tags = cancel.putArray("tags");
        cancelRequest(tags, reasonId, cancelledBy);
        ObjectNode quote = (ObjectNode) order.path("quote");
        refund(quote).forEach(tags::add);
        order.set("fulfillments", fulfilments);
        return order;
    }

    private static void cancelRequest(ArrayNode tags, String reasonId, String cancelledBy) {
        ArrayNode request = tags.addObject().put("code", "cancel_request").putArray("list");
        request.addObject().put("code", "reason_id").put("value", reasonId);
        request.addObject().put("code", "initiated_by").put("value", cancelledBy);
    }

    /**
     * Refunds every line of {@code quote} in place (item lines to count 0, each price to 0.00, the quote's price the
     * sum again) and answers the {@code quote_trail} tags of what was refunded: one per line that had a price, with
     * its title type, its id and the amount as a negative value.
     */
    static ArrayNode refund(ObjectNode quote) {
        ArrayNode trail = JSON.arrayNode();
        String currency = quote.path("price").path("currency").asText("INR");
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode line : quote.path("breakup")) {
            ObjectNode l = (ObjectNode) line;
            BigDecimal price = amount(l.path("price").path("value"));
            if (price.signum() != 0) {
                ArrayNode list = trail.addObject().put("code", "quote_trail").putArray("list");
                list.addObject().put("code", "type").put("value", l.path("@ondc/org/title_type").asText());
                list.addObject().put("code", "id").put("value", l.path("@ondc/org/item_id").asText());
                list.addObject().put("code", "currency").put("value", l.path("price").path("currency").asText(currency));
                list.addObject().put("code", "value").put("value", money(price.negate()));
            }
            if ("item".equals(l.path("@ondc/org/title_type").asText())) {
                l.putObject("@ondc/org/item_quantity").put("count", 0);
            }
            l.set("price", Quote.price(BigDecimal.ZERO));
            total = total.add(amount(l.path("price").path("value")));
        }
        quote.set("price", Quote.price(total));
        return trail;
    }

    /** The quote's price after a cancellation, for the order's total. */
    public static BigDecimal total(JsonNode document) {
        return amount(document.path("quote").path("price").path("value"));
    }

    private static BigDecimal amount(JsonNode value) {
        try {
            return value.isMissingNode() || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static String money(BigDecimal value) {
        return Quote.money(value).toPlainString();
    }
}
