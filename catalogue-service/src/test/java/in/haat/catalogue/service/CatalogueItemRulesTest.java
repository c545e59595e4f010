package in.haat.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The item check as a whole: reading the item, its id (a UUID, once per request), serviceability, the outcome. */
class CatalogueItemRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final CatalogueItemRules.StorefrontFacts F_AND_B = new CatalogueItemRules.StorefrontFacts(List.of("F&B"), false);

    @Test
    void aCompleteItemIsAcceptedWithItsDocument() throws Exception {
        String id = UUID.randomUUID().toString();
        ItemOutcome outcome = rules().check(0, item(id));
        assertTrue(outcome.accepted(), () -> "reasons " + outcome.reasons());
        assertEquals(UUID.fromString(id), outcome.id());
        assertEquals(List.of("F&B"), outcome.document().subCategories());
        assertEquals("PT1H", outcome.document().itemPolicies().timeToShip());
    }

    @Test
    void anIdIsAUuidAndOnlyOncePerRequest() throws Exception {
        String id = UUID.randomUUID().toString();
        List<ItemOutcome> outcomes = rules().checkAll(JSON.createArrayNode().add(item(id)).add(item(id))
                .add(item("not-a-uuid")).add(item(id.replace("-", ""))));
        assertTrue(outcomes.get(0).accepted());
        assertEquals(Map.of("catalogue_item_id", "repeats the item at position 0 of this request"), Reasons.byField(outcomes.get(1).reasons()));
        assertEquals(Map.of("catalogue_item_id", "must be a UUID"), Reasons.byField(outcomes.get(2).reasons()));
        assertEquals("not-a-uuid", outcomes.get(2).rawId());
        assertEquals(Map.of("catalogue_item_id", "must be a UUID"), Reasons.byField(outcomes.get(3).reasons()));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
        ObjectNode item = item(UUID.randomUUID().toString());
        ((ObjectNode) item.path("catalogue_item_details").path("price")).put("selling_price", "fifty");
        assertEquals(Map.of("catalogue_item_details.price.selling_price", "must be a number"), reasons(item));
        ObjectNode flag = item(UUID.randomUUID().toString());
        ((ObjectNode) flag.path("item_policies")).putArray("returnable");
        assertEquals(Map.of("item_policies.returnable", "must be true or false"), reasons(flag));
        ObjectNode list = item(UUID.randomUUID().toString());
        list.put("sub_categories", "F&B");
        assertEquals(Map.of("sub_categories", "must be an array"), reasons(list));
    }

    @Test
    void somethingOtherThanAnObjectIsRejectedWithoutAnId() {
        ItemOutcome outcome = rules().check(3, JSON.getNodeFactory().textNode("item"));
        assertEquals(3, outcome.position());
        assertNull(outcome.rawId());
        assertEquals(Map.of("null", "must be a JSON object"), Reasons.byField(outcome.reasons()));
    }

    @Test
    void aRadiusNeedsAStorefrontWithCoordinates() throws Exception {
        ObjectNode item = item(UUID.randomUUID().toString());
        item.set("serviceability", JSON.readTree("{\"radius\": 3}"));
        assertEquals(Map.of("serviceability.radius", "needs the storefront's pickup_lat and pickup_long; use pincodes or set them first"),
                reasons(item));
        assertTrue(new CatalogueItemRules(JSON, new CatalogueItemRules.StorefrontFacts(List.of("F&B"), true)).check(0, item).accepted());
    }

    @Test
    void everyFamilysReasonsComeTogether() throws Exception {
        ObjectNode item = item(UUID.randomUUID().toString());
        item.putArray("sub_categories").add("Fashion");
        ((ObjectNode) item.path("inventory")).put("unit_value", 0);
        ((ObjectNode) item.path("item_policies")).remove("cancellable");
        ((ObjectNode) item.path("catalogue_item_details").path("price")).put("cgst_tax_rate", 3);
        assertEquals(List.of("sub_categories[0]", "catalogue_item_details.price.total_tax_rate", "catalogue_item_details.price.sgst_tax_rate",
                "inventory.unit_value", "item_policies.cancellable"), List.copyOf(reasons(item).keySet()));
    }

    private static Map<String, String> reasons(JsonNode item) {
        return Reasons.byField(rules().check(0, item).reasons());
    }

    private static CatalogueItemRules rules() {
        return new CatalogueItemRules(JSON, F_AND_B);
    }

    private static ObjectNode item(String id) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"catalogue_item_id": "%s", "sub_categories": ["F&B"],
                 "catalogue_item_details": {"name": "Masala Dosa", "symbol": "https://cdn.example.in/item.png",
                   "short_description": "Fresh from the tawa", "long_description": "Made to order",
                   "subcategory_specific_requirements": {"food_beverages": {"is_vegetarian": true}},
                   "price": {"is_selling_price_exclusive_of_gst": true, "max_retail_price": 60, "selling_price": 55,
                             "sgst_tax_rate": 2.5, "cgst_tax_rate": 2.5, "total_tax_rate": 5}},
                 "inventory": {"unit_denomination": "GM", "unit_value": 250, "quantity": 0},
                 "item_policies": {"returnable": false, "cancellable": true, "cod_availability": true,
                   "time_to_ship": {"days": 0, "hours": 1, "seconds": 0}, "max_sale_quantity": 10, "min_sale_quantity": 1}}
                """.formatted(id));
    }
}
