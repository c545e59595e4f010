package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** ONDC's validator: after /on_select a quote's lines carry no @ondc/org/item_quantity; the order kept here keeps them. */
class CallbacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quotesLoseTheirItemCountsAfterOnSelectOnly() throws Exception {
        JsonNode message = JSON.readTree("{\"order\":{\"items\":[{\"id\":\"I1\",\"quantity\":{\"count\":2}}],\"quote\":{\"breakup\":["
                + "{\"@ondc/org/item_id\":\"I1\",\"@ondc/org/item_quantity\":{\"count\":2},\"@ondc/org/title_type\":\"item\"},"
                + "{\"@ondc/org/item_id\":\"1\",\"@ondc/org/title_type\":\"delivery\"}]}}}");

        JsonNode onInit = Callbacks.forBuyer("on_init", message);
        JsonNode onSelect = Callbacks.forBuyer("on_select", message);

        assertFalse(onInit.at("/order/quote/breakup/0").has("@ondc/org/item_quantity"));
        assertEquals(2, onInit.at("/order/items/0/quantity/count").asInt(), "the count stays in the order's items");
        assertTrue(onSelect.at("/order/quote/breakup/0").has("@ondc/org/item_quantity"));
        assertTrue(message.at("/order/quote/breakup/0").has("@ondc/org/item_quantity"), "the order as kept is not changed");
    }
}
