package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.FulfillmentState;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.Stop;
import in.haat.ondc.retail.Time;
import in.haat.order.FulfilmentState;
import in.haat.order.FulfilmentType;
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
            if (state == FulfilmentState.RETURN_PICKED) {
                r = r.withStart(new Stop(null, new Time(null, now, null, null, Map.of()), null, null, null, Map.of()));
            } else if (state == FulfilmentState.RETURN_DELIVERED) {
                r = r.withEnd(new Stop(null, new Time(null, now, null, null, Map.of()), null, null, null, Map.of()));
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
}
