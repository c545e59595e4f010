package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.FulfilmentState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of a part-cancel's and an RTO's order: the units and lines left, the tax in proportion, the quote's
 * price the sum of its lines, the quote trail the difference; earlier part-cancels kept.
 */
class PartCancellationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two items (3 x 110.00 and 1 x 45.50) with 18% GST, delivery 30.00: 473.09 in all. */
    private static ObjectNode confirmed() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"id": "O-1", "state": "Accepted", "updated_at": "2026-12-01T10:00:00.000Z",
                 "items": [{"id": "I1", "fulfillment_id": "1", "quantity": {"count": 3}},
                           {"id": "I2", "fulfillment_id": "1", "quantity": {"count": 1}}],
                 "fulfillments": [{"id": "1", "type": "Delivery", "state": {"descriptor": {"code": "Pending"}},
                                   "tags": [{"code": "routing", "list": [{"code": "type", "value": "P2P"}]}]}],
                 "quote": {"price": {"currency": "INR", "value": "473.09"}, "ttl": "PT15M", "breakup": [
                   {"@ondc/org/item_id": "I1", "@ondc/org/item_quantity": {"count": 3}, "title": "Atta", "@ondc/org/title_type": "item",
                    "price": {"currency": "INR", "value": "330.00"}, "item": {"price": {"currency": "INR", "value": "110.00"}}},
                   {"@ondc/org/item_id": "I1", "title": "Tax", "@ondc/org/title_type": "tax", "price": {"currency": "INR", "value": "59.40"}},
                   {"@ondc/org/item_id": "I2", "@ondc/org/item_quantity": {"count": 1}, "title": "Dal", "@ondc/org/title_type": "item",
                    "price": {"currency": "INR", "value": "45.50"}, "item": {"price": {"currency": "INR", "value": "45.50"}}},
                   {"@ondc/org/item_id": "I2", "title": "Tax", "@ondc/org/title_type": "tax", "price": {"currency": "INR", "value": "8.19"}},
                   {"@ondc/org/item_id": "1", "title": "Delivery charges", "@ondc/org/title_type": "delivery",
                    "price": {"currency": "INR", "value": "30.00"}}]}}
                """);
    }

    @Test
    void aUnitCancelledTakesItsPriceAndItsShareOfTaxOffTheQuote() throws Exception {
        ObjectNode order = PartCancellation.of(confirmed(), Map.of("I1", 1), "002", "seller.example");

        assertEquals(List.of("I1 1 2", "I2 1 1", "I1 C1 1"), items(order));
        JsonNode quote = order.path("quote");
        assertEquals(List.of("220.00", "39.60", "45.50", "8.19", "30.00"), prices(quote));
        assertEquals(2, quote.path("breakup").path(0).path("@ondc/org/item_quantity").path("count").asInt());
        assertEquals("343.29", quote.path("price").path("value").asText());
        assertEquals(new BigDecimal("343.29"), Cancellation.total(order));
        JsonNode cancel = order.path("fulfillments").path(1);
        assertEquals("C1", cancel.path("id").asText());
        assertEquals("Cancel", cancel.path("type").asText());
        assertEquals(List.of("item I1 -110.00", "tax I1 -19.80"), trail(cancel));
        assertEquals("Pending", order.path("fulfillments").path(0).path("state").path("descriptor").path("code").asText(), "the Delivery stays");
        assertEquals("routing", order.path("fulfillments").path(0).path("tags").path(0).path("code").asText());
    }

    @Test
    void aSecondPartCancelAddsToTheFirst() throws Exception {
        ObjectNode once = PartCancellation.of(confirmed(), Map.of("I1", 1), "002", "seller.example");
        ObjectNode twice = PartCancellation.of(once, Map.of("I1", 1), "002", "seller.example");

        assertEquals(List.of("I1 1 1", "I2 1 1", "I1 C1 2"), items(twice));
        assertEquals(List.of("110.00", "19.80", "45.50", "8.19", "30.00"), prices(twice.path("quote")));
        assertEquals("213.49", twice.path("quote").path("price").path("value").asText());
        assertEquals(List.of("item I1 -110.00", "tax I1 -19.80", "item I1 -110.00", "tax I1 -19.80"), trail(twice.path("fulfillments").path(1)));
        assertEquals(2, twice.path("fulfillments").size(), "one Cancel fulfilment");
    }

    @Test
    void taxIsLeftInProportionToThePaisa() {
        assertEquals(new BigDecimal("39.60"), PartCancellation.taxLeft(new BigDecimal("59.40"), 3, 2));
        assertEquals(new BigDecimal("2.73"), PartCancellation.taxLeft(new BigDecimal("8.19"), 3, 1));
        assertEquals(new BigDecimal("0.00"), PartCancellation.taxLeft(new BigDecimal("8.19"), 3, 0));
    }

    @Test
    void anRtoRefundsItemsAndTaxButNotDelivery() throws Exception {
        ObjectNode shipped = confirmed();
        ObjectNode delivery = (ObjectNode) shipped.path("fulfillments").path(0);
        delivery.set("start", JSON.readTree("{\"location\": {\"id\": \"L-1\", \"gps\": \"12.9,77.6\"}, \"contact\": {\"phone\": \"9886098860\"}}"));
        delivery.set("end", JSON.readTree("{\"location\": {\"gps\": \"12.97,77.59\", \"address\": {\"area_code\": \"560001\"}},"
                + " \"time\": {\"range\": {\"start\": \"2026-12-01T10:30:00.000Z\", \"end\": \"2026-12-01T11:30:00.000Z\"}},"
                + " \"contact\": {\"phone\": \"9886012345\"}}"));
        shipped.putArray("documents").addObject().put("url", "https://haat.example/invoice").put("label", "Invoice");
        ObjectNode order = ReturnToOrigin.started(shipped, "013", "seller.example", FulfilmentState.OUT_FOR_DELIVERY,
                "2026-12-01T10:00:00.000Z", "2026-12-01T11:00:00.000Z");

        assertEquals(List.of("I1 1 0", "I2 1 0", "I1 1-RTO 3", "I2 1-RTO 1"), items(order));
        assertEquals(List.of("0.00", "0.00", "0.00", "0.00", "30.00"), prices(order.path("quote")));
        assertEquals("30.00", order.path("quote").path("price").path("value").asText());
        JsonNode rto = order.path("fulfillments").path(1);
        assertEquals(List.of("1-RTO", "RTO", "RTO-Initiated", "2026-12-01T11:00:00.000Z"), List.of(rto.path("id").asText(), rto.path("type").asText(),
                rto.path("state").path("descriptor").path("code").asText(), rto.path("start").path("time").path("timestamp").asText()));
        assertEquals(List.of("item I1 -330.00", "tax I1 -59.40", "item I2 -45.50", "tax I2 -8.19"), trail(rto));
        assertEquals("Out-for-delivery", order.path("cancellation").path("reason").path("state").asText());

        // ONDC's log validator: the RTO starts at the buyer's (the Delivery's end, its window) and ends at the store
        // (the Delivery's start, with its location id); an /on_cancel has no documents.
        assertEquals(delivery.path("end").path("location"), rto.path("start").path("location"));
        assertEquals(delivery.path("end").path("contact"), rto.path("start").path("contact"));
        assertEquals("2026-12-01T10:30:00.000Z", rto.path("start").path("time").path("range").path("start").asText());
        assertEquals(delivery.path("start").path("location"), rto.path("end").path("location"));
        assertTrue(rto.path("end").path("time").isMissingNode(), "no end time while RTO-Initiated");
        assertFalse(order.has("documents"));

        JsonNode delivered = ReturnToOrigin.ended(order, FulfilmentState.RTO_DELIVERED, "2026-12-01T12:00:00.000Z");
        assertEquals("RTO-Delivered", delivered.path("fulfillments").path(1).path("state").path("descriptor").path("code").asText());
        assertEquals("2026-12-01T12:00:00.000Z", delivered.path("fulfillments").path(1).path("end").path("time").path("timestamp").asText());
        assertEquals("L-1", delivered.path("fulfillments").path(1).path("end").path("location").path("id").asText());
        assertEquals(order.path("quote"), delivered.path("quote"));
    }

    private static List<String> items(JsonNode order) {
        List<String> items = new ArrayList<>();
        order.path("items").forEach(i -> items.add(i.path("id").asText() + " " + i.path("fulfillment_id").asText() + " "
                + i.path("quantity").path("count").asInt()));
        return items;
    }

    private static List<String> prices(JsonNode quote) {
        List<String> prices = new ArrayList<>();
        quote.path("breakup").forEach(l -> prices.add(l.path("price").path("value").asText()));
        return prices;
    }

    private static List<String> trail(JsonNode fulfilment) {
        List<String> trail = new ArrayList<>();
        fulfilment.path("tags").forEach(t -> {
            if ("quote_trail".equals(t.path("code").asText())) {
                trail.add(t.path("list").path(0).path("value").asText() + " " + t.path("list").path(1).path("value").asText() + " "
                        + t.path("list").path(3).path("value").asText());
            }
        });
        return trail;
    }
}
