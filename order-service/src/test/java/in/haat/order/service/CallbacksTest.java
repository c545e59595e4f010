package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * ONDC's validator: after /on_select a quote's item lines carry no {@code item.quantity} (available, maximum), while
 * {@code @ondc/org/item_quantity} stays as /on_select had it (it compares the two lines key by key).
 */
class CallbacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quotesLoseTheirAvailableAndMaximumAfterOnSelectOnly() throws Exception {
        JsonNode message = JSON.readTree("{\"order\":{\"items\":[{\"id\":\"I1\",\"quantity\":{\"count\":2}}],\"quote\":{\"breakup\":["
                + "{\"@ondc/org/item_id\":\"I1\",\"@ondc/org/item_quantity\":{\"count\":2},\"@ondc/org/title_type\":\"item\","
                + "\"item\":{\"quantity\":{\"available\":{\"count\":\"99\"},\"maximum\":{\"count\":\"5\"}},\"price\":{\"currency\":\"INR\",\"value\":\"10.00\"}}},"
                + "{\"@ondc/org/item_id\":\"1\",\"@ondc/org/title_type\":\"delivery\"}]}}}");

        JsonNode onInit = Callbacks.forBuyer("on_init", message);
        JsonNode onSelect = Callbacks.forBuyer("on_select", message);

        assertFalse(onInit.at("/order/quote/breakup/0/item").has("quantity"));
        assertEquals("10.00", onInit.at("/order/quote/breakup/0/item/price/value").asText(), "the unit price stays");
        assertEquals(2, onInit.at("/order/quote/breakup/0/@ondc~1org~1item_quantity/count").asInt(), "the line's count stays");
        assertEquals(2, onInit.at("/order/items/0/quantity/count").asInt(), "the count stays in the order's items");
        assertTrue(onSelect.at("/order/quote/breakup/0/item").has("quantity"));
        assertTrue(message.at("/order/quote/breakup/0/item").has("quantity"), "the order as kept is not changed");
    }
}
