package in.haat.gateway.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The /on_search catalog in the shapes ONDC's log validator (log-validation-utility 4d13362) taught us: fulfilment
 * types it allows, the np_type tag, the FSSAI licence, phones of at most 11 digits, the F&B menu every RET11 item is
 * listed under, Setu's day counts as ISO durations, no "null,null" gps, and the statutory blocks of packaged goods.
 */
class OnSearchMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID SELLER = UUID.randomUUID();
    private static final UUID STOREFRONT = UUID.randomUUID();
    private final OnSearchCatalog catalog = new OnSearchCatalog(JSON, "Haat", "MSN");

    @Test
    void anFAndBCatalogListsItsItemsUnderTheMenuAndNamesTheSellersLicence() {
        JsonNode page = page("ONDC:RET11", storefront(true), List.of(item(7, null), item(0, null)));
        JsonNode catalog = page.path("catalog");
        for (JsonNode fulfillment : catalog.path("bpp/fulfillments")) {
            assertTrue(List.of("Delivery", "Self-Pickup").contains(fulfillment.path("type").asText()), fulfillment.toString());
        }
        assertEquals("bpp_terms", catalog.at("/bpp~1descriptor/tags/0/code").asText());
        assertEquals("np_type", catalog.at("/bpp~1descriptor/tags/0/list/0/code").asText());
        assertEquals("MSN", catalog.at("/bpp~1descriptor/tags/0/list/0/value").asText());

        JsonNode provider = catalog.path("bpp/providers").path(0);
        assertEquals("12319678901234", provider.path("@ondc/org/fssai_license_no").asText());
        assertEquals("9654198036", provider.at("/fulfillments/0/contact/phone").asText(), "+91 dropped: at most 11 digits");
        assertEquals("12.971900,77.641200", provider.at("/locations/0/gps").asText(), "six decimals, as order-service has it");
        JsonNode menu = provider.path("categories").path(0);
        assertEquals(OnSearchProvider.MENU_ID, menu.path("id").asText());
        assertEquals("custom_menu", menu.at("/tags/0/list/0/value").asText());
        assertEquals(List.of("1", "3", "0800", "2200"), values(menu.at("/tags/1/list")), "open Monday to Wednesday, 08:00 to 22:00");
        assertEquals("1", menu.at("/tags/2/list/0/value").asText());

        JsonNode first = provider.path("items").path(0);
        JsonNode second = provider.path("items").path(1);
        // ONDC's validator reads "menu:rank" as two numbers, as ONDC's F&B example writes them ('5:1').
        assertEquals("1:1", first.at("/category_ids/0").asText());
        assertEquals("1:2", second.at("/category_ids/0").asText());
        assertEquals("", menu.path("parent_category_id").asText("absent"), "a custom menu has an empty parent category");
        // ONDC's validator: a `type: item` tag is for customisable items only; a standalone SKU must not carry it.
        assertEquals(1, first.path("tags").size(), first.path("tags").toString());
        assertEquals("veg_nonveg", first.at("/tags/0/code").asText());
        assertEquals("P7D", first.path("@ondc/org/return_window").asText(), "Setu's days as an ISO 8601 duration");
        assertEquals("P0D", second.path("@ondc/org/return_window").asText());
        assertTrue(first.path("@ondc/org/contact_details_consumer_care").asText().endsWith(",9654198036"));
    }

    @Test
    void outsideFAndBThereIsNoMenuAndAStorefrontWithoutCoordinatesHasNoGps() {
        ObjectNode storefront = storefront(false);
        ((ObjectNode) storefront.path("pickup_details")).putNull("pickup_lat").putNull("pickup_long");
        Map<String, Object> packaged = Map.of(
                "prepackaged_food", Map.of("nutritional_info", "Energy 420 kcal", "additives_info", "none",
                        "brand_owner_FSSAI_license_no", "12345678901234", "brand_owner_name", "Asha", "is_vegetarian", true),
                "prepackaged_commodities", Map.of("manufacturer_or_packer_name", "Asha Foods",
                        "manufacturer_or_packer_address", "Bengaluru", "common_or_generic_name_of_commodity", "Rice",
                        "manufacture_or_packing_date", "11/2026"));
        JsonNode provider = page("ONDC:RET10", storefront, List.of(item(null, packaged))).at("/catalog/bpp~1providers/0");

        assertFalse(provider.has("categories"));
        assertFalse(provider.has("@ondc/org/fssai_license_no"), "no licence is invented");
        assertFalse(provider.at("/locations/0").has("gps"), "no \"null,null\"");
        assertFalse(provider.at("/locations/0").has("circle"));
        JsonNode item = provider.path("items").path(0);
        assertFalse(item.has("category_ids"));
        assertEquals(Map.of("nutritional_info", "Energy 420 kcal", "additives_info", "none", "brand_owner_FSSAI_license_no", "12345678901234"),
                JSON.convertValue(item.path("@ondc/org/statutory_reqs_prepackaged_food"), Map.class), "only the fields ONDC's block has");
        assertEquals("11/2026", item.at("/@ondc~1org~1statutory_reqs_packaged_commodities/month_year_of_manufacture_packing_import").asText());
        assertEquals("Asha Foods", item.at("/@ondc~1org~1statutory_reqs_packaged_commodities/manufacturer_or_packer_name").asText());
    }

    @Test
    void phonesLoseTheCountryCodeOnly() {
        assertEquals("9654198036", OnSearchProvider.phone("+91 96541 98036"));
        assertEquals("08041234567", OnSearchProvider.phone("080-4123-4567"));
        assertEquals("9654198036", OnSearchProvider.phone("9654198036"));
    }

    private JsonNode page(String domain, JsonNode storefront, List<String> items) {
        List<OnSearchCatalog.Item> list = items.stream().map(i -> new OnSearchCatalog.Item(i, 5)).toList();
        List<ObjectNode> pages = catalog.pages(List.of(new OnSearchCatalog.Provider(storefront, list)), domain,
                Instant.parse("2026-12-02T08:00:00Z"), 1_000_000);
        assertEquals(1, pages.size());
        try {
            return JSON.readTree(JSON.writeValueAsString(pages.get(0))); // items are laid in as raw JSON text, as sent
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode storefront(boolean withLicence) {
        ObjectNode storefront = JSON.valueToTree(SearchFixtures.storefront(SELLER, STOREFRONT));
        if (withLicence) {
            storefront.put("fssai_number", "12319678901234");
        }
        return storefront;
    }

    private static String item(Integer returnWindow, Map<String, Object> statutory) {
        ObjectNode item = JSON.valueToTree(SearchFixtures.item(SELLER, STOREFRONT, UUID.randomUUID(), "Masala Dosa", 80));
        if (returnWindow != null) {
            ((ObjectNode) item.path("item_policies")).put("return_window", returnWindow);
        }
        if (statutory != null) {
            ObjectNode requirements = (ObjectNode) item.at("/catalogue_item_details/subcategory_specific_requirements");
            statutory.forEach((k, v) -> requirements.set(k, JSON.valueToTree(v)));
        }
        return item.toString();
    }

    private static List<String> values(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(e -> e.path("value").asText()).toList();
    }
}
