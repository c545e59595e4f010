package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.FulfilmentState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The /on_cancel order of a whole-order cancellation: items, the Cancel fulfilment and its tags, the quote and its trail. */
class CancellationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two items (2 x 110.00 and 1 x 45.50) with 18% GST, delivery 30.00: 343.29 in all. */
    private static ObjectNode confirmed() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"id": "O-1", "state": "Cancelled",
                 "items": [{"id": "I1", "fulfillment_id": "1", "quantity": {"count": 2}},
                           {"id": "I2", "fulfillment_id": "1", "quantity": {"count": 1}}],
                 "fulfillments": [{"id": "1", "type": "Delivery", "state": {"descriptor": {"code": "Cancelled"}}}],
                 "quote": {"price": {"currency": "INR", "value": "343.29"}, "ttl": "PT15M", "breakup": [
                   {"@ondc/org/item_id": "I1", "title": "Atta", "@ondc/org/title_type": "item",
                    "price": {"currency": "INR", "value": "220.00"}, "item": {"price": {"currency": "INR", "value": "110.00"}}},
                   {"@ondc/org/item_id": "I1", "title": "Tax", "@ondc/org/title_type": "tax", "price": {"currency": "INR", "value": "39.60"}},
                   {"@ondc/org/item_id": "I2", "title": "Dal", "@ondc/org/title_type": "item",
                    "price": {"currency": "INR", "value": "45.50"}, "item": {"price": {"currency": "INR", "value": "45.50"}}},
                   {"@ondc/org/item_id": "I2", "title": "Tax", "@ondc/org/title_type": "tax", "price": {"currency": "INR", "value": "8.19"}},
                   {"@ondc/org/item_id": "1", "title": "Delivery charges", "@ondc/org/title_type": "delivery",
                    "price": {"currency": "INR", "value": "30.00"}},
                   {"@ondc/org/item_id": "1", "title": "Packing charges", "@ondc/org/title_type": "packing",
                    "price": {"currency": "INR", "value": "0.00"}}]}}
                """);
    }

    @Test
    void everyLineIsRefundedAndTheTrailSaysWhat() throws Exception {
        ObjectNode before = confirmed();
        ObjectNode order = Cancellation.of(before, "003", "buyer.example", FulfilmentState.PENDING);

        JsonNode quote = order.path("quote");
        assertEquals("0.00", quote.path("price").path("value").asText());
        assertEquals("INR", quote.path("price").path("currency").asText());
        assertEquals(6, quote.path("breakup").size(), "every line stays, at 0.00");
        for (JsonNode line : quote.path("breakup")) {
            assertEquals("0.00", line.path("price").path("value").asText(), line.toString());
        }
        assertEquals(0, quote.path("breakup").path(0).path("@ondc/org/item_quantity").path("count").asInt(-1));
        assertEquals("110.00", quote.path("breakup").path(0).path("item").path("price").path("value").asText(), "the unit price stays");
        assertFalse(quote.path("breakup").path(1).has("@ondc/org/item_quantity"), "a tax line has no count");

        JsonNode cancel = order.path("fulfillments").path(1);
        assertEquals("C1", cancel.path("id").asText());
        assertEquals("Cancel", cancel.path("type").asText());
        assertEquals("Cancelled", cancel.path("state").path("descriptor").path("code").asText());
        JsonNode request = cancel.path("tags").path(0);
        assertEquals("cancel_request", request.path("code").asText());
        assertEquals("reason_id", request.path("list").path(0).path("code").asText());
        assertEquals("003", request.path("list").path(0).path("value").asText());
        assertEquals("initiated_by", request.path("list").path(1).path("code").asText());
        assertEquals("buyer.example", request.path("list").path(1).path("value").asText());

        // One quote_trail per line that had a price (the 0.00 packing line refunds nothing), each negative.
        List<String> trail = new ArrayList<>();
        BigDecimal refunded = BigDecimal.ZERO;
        for (JsonNode tag : cancel.path("tags")) {
            if (tag.path("code").asText().equals("quote_trail")) {
                JsonNode list = tag.path("list");
                assertEquals(List.of("type", "id", "currency", "value"), list.findValuesAsText("code"));
                trail.add(list.path(0).path("value").asText() + " " + list.path(1).path("value").asText() + " " + list.path(3).path("value").asText());
                assertEquals("INR", list.path(2).path("value").asText());
                refunded = refunded.add(new BigDecimal(list.path(3).path("value").asText()));
            }
        }
        assertEquals(List.of("item I1 -220.00", "tax I1 -39.60", "item I2 -45.50", "tax I2 -8.19", "delivery 1 -30.00"), trail);
        assertEquals(0, refunded.negate().add(new BigDecimal(quote.path("price").path("value").asText()))
                .compareTo(new BigDecimal("343.29")), "what is left plus what was refunded is what was confirmed");
        assertEquals(0, Cancellation.total(order).compareTo(BigDecimal.ZERO));
        assertEquals("343.29", before.path("quote").path("price").path("value").asText(), "the order given is not changed");
    }

    @Test
    void theItemsMoveToTheCancelFulfilmentAndTheCancellationIsNamed() throws Exception {
        ObjectNode order = Cancellation.of(confirmed(), "002", "haat.localhost", FulfilmentState.PACKED);

        assertEquals("haat.localhost", order.path("cancellation").path("cancelled_by").asText());
        assertEquals("002", order.path("cancellation").path("reason").path("id").asText());
        assertEquals("Packed", order.path("cancellation").path("reason").path("state").asText(), "ONDC's schema requires it");
        List<String> items = new ArrayList<>();
        order.path("items").forEach(i -> items.add(i.path("id").asText() + "@" + i.path("fulfillment_id").asText() + "x"
                + i.path("quantity").path("count").asInt()));
        assertEquals(List.of("I1@1x0", "I2@1x0", "I1@C1x2", "I2@C1x1"), items, "ONDC's on_cancel example");
        assertEquals(2, order.path("fulfillments").size());
        assertEquals("Delivery", order.path("fulfillments").path(0).path("type").asText());
    }

    @Test
    void theCancelledDeliverySaysWhyAndFromWhereAndTheOrderDropsItsTerms() throws Exception {
        ObjectNode before = confirmed();
        before.put("updated_at", "2026-12-02T10:00:00.000Z");
        before.putArray("tags").addObject().put("code", "bpp_terms");
        before.putObject("cancellation_terms");
        ((ObjectNode) before.path("fulfillments").path(0)).putArray("tags").addObject().put("code", "routing");
        ObjectNode order = Cancellation.of(before, "010", "buyer.example", FulfilmentState.PENDING, "2026-12-02T09:00:00.000Z");

        assertFalse(order.has("tags"), "ONDC's on_cancel has no order tags");
        assertFalse(order.has("cancellation_terms"));
        JsonNode delivery = order.path("fulfillments").path(0);
        List<String> tags = new ArrayList<>();
        delivery.path("tags").forEach(tag -> {
            StringBuilder entry = new StringBuilder(tag.path("code").asText());
            tag.path("list").forEach(e -> entry.append(' ').append(e.path("code").asText()).append('=').append(e.path("value").asText()));
            tags.add(entry.toString());
        });
        assertEquals(List.of("cancel_request reason_id=010 initiated_by=buyer.example",
                "precancel_state fulfillment_state=Pending updated_at=2026-12-02T09:00:00.000Z"), tags);
    }

    @Test
    void anOrderCancelledTwiceKeepsOneCancelFulfilment() throws Exception {
        ObjectNode once = Cancellation.of(confirmed(), "002", "haat.localhost", FulfilmentState.PACKED);
        ObjectNode twice = Cancellation.of(once, "002", "haat.localhost", FulfilmentState.PACKED);
        assertEquals(2, twice.path("fulfillments").size());
        assertEquals(4, twice.path("items").size());
    }
}
