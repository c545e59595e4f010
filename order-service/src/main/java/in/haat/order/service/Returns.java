package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.Location;
import in.haat.ondc.retail.FulfillmentState;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.Stop;
import in.haat.ondc.retail.Time;
import in.haat.ondc.retail.TimeRange;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order as a return's /on_update shows it (ONDC's on_update return examples): the Return fulfilment with the
 * buyer's return_request (and who asked), its state as it moves (a rejection's reason in the state's short_desc, the
 * pick-up and delivery times), and at pick-up or liquidation the units taken off the Delivery onto the return with
 * the quote recomputed and the refund as the return's quote_trail. Pure.
 */
public final class Returns {

    /** How long after approval the return may be picked up: the window its start states. */
    static final Duration PICKUP_WINDOW = Duration.ofDays(1);

    private Returns() {
    }

    /** {@code document} with return {@code returnId} requested by {@code bapId}: the buyer's return_request tags, Return_Initiated. */
    public static ObjectNode requested(JsonNode document, String returnId, List<Tag> request, String bapId) {
        Order order = OndcJson.read(document, Order.class);
        List<Tag> tags = new ArrayList<>(request.stream().filter(t -> !"initiated_by".equals(t.code())).toList());
        tags.add(Tag.of("initiated_by", bapId));
        List<Fulfillment> fulfilments = new ArrayList<>(order.fulfillments());
        fulfilments.add(Fulfillment.of(returnId, FulfilmentType.RETURN.code())
                .withState(FulfillmentState.of(FulfilmentState.RETURN_INITIATED.code()))
                .withTags(List.of(TagGroup.of("return_request", tags))));
        return OndcJson.tree(order.withFulfillments(fulfilments));
    }

    /**
     * {@code document} with return {@code returnId} in {@code state} at {@code now} ({@code reasonId}: a rejection's
     * reason, else null); at pick-up and liquidation {@code units} of {@code itemId} are refunded.
     */
    public static ObjectNode moved(JsonNode document, String returnId, FulfilmentState state, String reasonId, String now, String itemId,
            int units) {
        Order order = OndcJson.read(document, Order.class);
        boolean refund = state == FulfilmentState.RETURN_PICKED || state == FulfilmentState.LIQUIDATED;
        PartCancellation.Cut cut = refund ? PartCancellation.cut(order, Map.of(itemId, units), returnId) : null;
        List<Fulfillment> fulfilments = new ArrayList<>();
        for (Fulfillment f : order.fulfillments()) {
            if (!returnId.equals(f.id())) {
                fulfilments.add(f);
                continue;
            }
            Fulfillment r = f.withState(new FulfillmentState(new Descriptor(null, state.code(), reasonId, null, null, null, Map.of()), Map.of()));
            if (state == FulfilmentState.RETURN_APPROVED) {
                r = approved(r, order.fulfillment(), now);
            } else if (state == FulfilmentState.RETURN_PICKED) {
                r = r.withStart(stop(r.start()).withTime(times(r.start()).withTimestamp(now)));
            } else if (state == FulfilmentState.RETURN_DELIVERED) {
                r = r.withEnd(stop(r.end()).withTime(new Time(null, now, null, null, Map.of())));
            }
            if (refund) {
                List<TagGroup> tags = new ArrayList<>(r.tags() == null ? List.of() : r.tags());
                tags.addAll(cut.trail());
                r = r.withTags(tags);
            }
            fulfilments.add(r);
        }
        Order moved = order.withFulfillments(fulfilments);
        return OndcJson.tree(refund ? moved.withItems(cut.items()).withQuote(cut.quote()) : moved);
    }

    /**
     * The approved return's way back, as ONDC's log validator wants it from approval on: it starts at the buyer's (the
     * Delivery's end location, without an id: it is no store of ours) within a pick-up window of {@link #PICKUP_WINDOW}
     * from now, and ends at the store (the Delivery's start location).
     */
    private static Fulfillment approved(Fulfillment ret, Fulfillment delivery, String now) {
        Stop buyer = delivery == null || delivery.end() == null ? Stop.at(null) : delivery.end();
        Stop store = delivery == null || delivery.start() == null ? Stop.at(null) : delivery.start();
        Location from = buyer.location() == null ? null : new Location(null, buyer.location().gps(), buyer.location().address(), null, null, null, Map.of());
        String until = OndcOrders.timestamp(Instant.parse(now).plus(PICKUP_WINDOW));
        return ret.withStart(new Stop(from, Time.of(new TimeRange(now, until, Map.of())), buyer.contact(), null, null, Map.of()))
                .withEnd(new Stop(store.location(), null, store.contact(), null, null, Map.of()));
    }

    private static Stop stop(Stop stop) {
        return stop == null ? Stop.at(null) : stop;
    }

    private static Time times(Stop stop) {
        return stop == null || stop.time() == null ? new Time(null, null, null, null, Map.of()) : stop.time();
    }
}
