package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.FulfillmentState;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.ItemQuantity;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.Reason;
import in.haat.ondc.retail.Stop;
import in.haat.ondc.retail.Time;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order as the seller's RTO shows it (ONDC's on_cancel_rto example): Cancelled for an RTO reason, the Delivery's
 * cancel_request naming the RTO fulfilment, the items moved to the RTO fulfilment (RTO-Initiated, started now) whose
 * quote_trail refunds the items and their tax; delivery and packing stay charged (the goods did travel). Then the RTO
 * fulfilment's end, RTO-Delivered or RTO-Disposed. Pure.
 */
public final class ReturnToOrigin {

    /** The RTO fulfilment's id in the ONDC order: the Delivery's with "-RTO", as ONDC's example names it. */
    public static final String FULFILMENT_ID = Quote.FULFILMENT_ID + "-RTO";

    private ReturnToOrigin() {
    }

    /**
     * {@code document} (its Cancelled states already set) as the RTO started at {@code now} by {@code cancelledBy} for
     * {@code reasonId}, from Delivery state {@code precancelState} last updated at {@code precancelUpdatedAt}.
     */
    public static ObjectNode started(JsonNode document, String reasonId, String cancelledBy, FulfilmentState precancelState,
            String precancelUpdatedAt, String now) {
        // An /on_cancel: as ONDC's example, without the order's terms tags and cancellation terms; and without the
        // invoice, which ONDC's on_cancel schema does not allow (the log validator refuses it).
        ObjectNode kept = ((ObjectNode) document).deepCopy();
        kept.remove(List.of("tags", "cancellation_terms", "documents"));
        Order order = OndcJson.read(kept, Order.class);
        List<Item> items = new ArrayList<>();
        List<Item> returning = new ArrayList<>();
        for (Item item : order.items()) {
            if (Cancellation.FULFILMENT_ID.equals(item.fulfillmentId())) {
                returning.add(item); // part-cancelled before: stays as it was
                continue;
            }
            items.add(item.withQuantity(ItemQuantity.of(0)));
            if (item.count() > 0) {
                returning.add(item.withFulfillmentId(FULFILMENT_ID));
            }
        }
        items.addAll(returning);
        Set<String> itemIds = Set.copyOf(order.items().stream().map(Item::id).toList());
        Cancellation.Refund refund = Cancellation.refund(order.quote(),
                line -> itemIds.contains(line.ondcItemId()) && ("item".equals(line.ondcTitleType()) || "tax".equals(line.ondcTitleType())));
        List<Fulfillment> fulfilments = new ArrayList<>();
        for (Fulfillment f : order.fulfillments()) {
            fulfilments.add(!FulfilmentType.DELIVERY.code().equals(f.type()) ? f : f.withTags(List.of(
                    TagGroup.of("cancel_request", List.of(Tag.of("reason_id", reasonId), Tag.of("initiated_by", cancelledBy),
                            Tag.of("rto_id", FULFILMENT_ID))),
                    TagGroup.of("precancel_state", List.of(Tag.of("fulfillment_state", precancelState.code()),
                            Tag.of("updated_at", precancelUpdatedAt))))));
        }
        // ONDC's log validator: the RTO starts where the Delivery was to end (the buyer's location and contact, the
        // delivery window, and when it started) and ends where the Delivery started (the store, its location id).
        Fulfillment delivery = order.fulfillment();
        Stop buyer = delivery == null ? null : delivery.end();
        Stop store = delivery == null ? null : delivery.start();
        Time started = buyer == null || buyer.time() == null ? new Time(null, now, null, null, Map.of()) : buyer.time().withTimestamp(now);
        fulfilments.add(Fulfillment.of(FULFILMENT_ID, FulfilmentType.RTO.code())
                .withState(FulfillmentState.of(FulfilmentState.RTO_INITIATED.code()))
                .withStart(new Stop(buyer == null ? null : buyer.location(), started, buyer == null ? null : buyer.contact(), null, null, Map.of()))
                .withEnd(new Stop(store == null ? null : store.location(), null, store == null ? null : store.contact(), null, null, Map.of()))
                .withTags(refund.trail()));
        in.haat.ondc.retail.Cancellation cancellation = new in.haat.ondc.retail.Cancellation(cancelledBy,
                new Reason(reasonId, precancelState.code(), Map.of()), Map.of());
        return OndcJson.tree(order.withCancellation(cancellation).withItems(items).withFulfillments(fulfilments).withQuote(refund.quote()));
    }

    /** {@code document} with its RTO fulfilment in {@code state} (RTO-Delivered or RTO-Disposed), ended at {@code now}. */
    public static ObjectNode ended(JsonNode document, FulfilmentState state, String now) {
        ObjectNode kept = ((ObjectNode) document).deepCopy();
        kept.remove("documents");
        Order order = OndcJson.read(kept, Order.class);
        List<Fulfillment> fulfilments = new ArrayList<>();
        for (Fulfillment f : order.fulfillments()) {
            Stop end = f.end() == null ? Stop.at(null) : f.end();
            fulfilments.add(!FULFILMENT_ID.equals(f.id()) ? f : f.withState(FulfillmentState.of(state.code()))
                    .withEnd(end.withTime(new Time(null, now, null, null, Map.of()))));
        }
        return OndcJson.tree(order.withFulfillments(fulfilments));
    }
}
