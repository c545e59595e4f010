package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.order.FulfilmentState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A return's way back as ONDC's log validator (flow 6) wants it: from approval it starts at the buyer's (the
 * Delivery's end location, without an id) within a pick-up window from the approval, and ends at the store (the
 * Delivery's start location); picked up and delivered add their times.
 */
class ReturnWayBackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anApprovedReturnStartsAtTheBuyersAndEndsAtTheStore() throws Exception {
        JsonNode delivered = JSON.readTree("""
                {"id": "O-1", "state": "Completed", "updated_at": "2026-12-01T10:00:00.000Z",
                 "items": [{"id": "I1", "fulfillment_id": "1", "quantity": {"count": 1}}],
                 "fulfillments": [
                   {"id": "1", "type": "Delivery", "state": {"descriptor": {"code": "Order-delivered"}},
                    "start": {"location": {"id": "L-1", "gps": "12.9,77.6"}, "contact": {"phone": "9886098860"}},
                    "end": {"location": {"id": "B-1", "gps": "12.97,77.59", "address": {"area_code": "560001"}},
                            "contact": {"phone": "9886012345"}}}],
                 "quote": {"price": {"currency": "INR", "value": "110.00"}, "breakup": [
                   {"@ondc/org/item_id": "I1", "@ondc/org/item_quantity": {"count": 1}, "title": "Atta", "@ondc/org/title_type": "item",
                    "price": {"currency": "INR", "value": "110.00"}, "item": {"price": {"currency": "INR", "value": "110.00"}}}]}}
                """);
        JsonNode requested = Returns.requested(delivered, "R1", List.of(), "buyer.example");

        JsonNode approved = Returns.moved(requested, "R1", FulfilmentState.RETURN_APPROVED, null, "2026-12-01T11:00:00.000Z", "I1", 1);
        JsonNode r = approved.path("fulfillments").path(1);
        assertEquals("Return_Approved", r.path("state").path("descriptor").path("code").asText());
        assertEquals("12.97,77.59", r.path("start").path("location").path("gps").asText());
        assertFalse(r.path("start").path("location").has("id"), "the validator: no location id at the buyer's");
        assertEquals("9886012345", r.path("start").path("contact").path("phone").asText());
        assertEquals(List.of("2026-12-01T11:00:00.000Z", "2026-12-02T11:00:00.000Z"),
                List.of(r.path("start").path("time").path("range").path("start").asText(), r.path("start").path("time").path("range").path("end").asText()));
        assertEquals("L-1", r.path("end").path("location").path("id").asText());

        JsonNode picked = Returns.moved(approved, "R1", FulfilmentState.RETURN_PICKED, null, "2026-12-01T12:00:00.000Z", "I1", 1);
        JsonNode p = picked.path("fulfillments").path(1);
        assertEquals("2026-12-01T12:00:00.000Z", p.path("start").path("time").path("timestamp").asText());
        assertEquals("12.97,77.59", p.path("start").path("location").path("gps").asText(), "the way back is kept");

        JsonNode back = Returns.moved(picked, "R1", FulfilmentState.RETURN_DELIVERED, null, "2026-12-01T13:00:00.000Z", "I1", 1);
        JsonNode b = back.path("fulfillments").path(1);
        assertEquals("2026-12-01T13:00:00.000Z", b.path("end").path("time").path("timestamp").asText());
        assertEquals("L-1", b.path("end").path("location").path("id").asText());
    }
}
