package in.haat.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statutory block rules: prepackaged blocks once in their sub-category, images for their text, the veg mark. */
class StatutoryRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String F = "catalogue_item_details.subcategory_specific_requirements";

    @Test
    void foodNeedsItsVegMarkingEvenWithImages() throws Exception {
        assertEquals(Map.of(F + ".food_beverages", "is required for an item in this sub-category"), check(null, List.of("F&B"), true));
        assertEquals(Map.of(F + ".food_beverages.is_vegetarian", "is required for an item in this sub-category"),
                check("{\"food_beverages\": {}}", List.of("F&B"), true));
        assertEquals(Map.of(), check("{\"food_beverages\": {\"is_vegetarian\": false}}", List.of("South Indian"), false));
        assertEquals(Map.of(F + ".food_beverages.is_vegetarian", "must be true or false"),
                check("{\"food_beverages\": {\"is_vegetarian\": \"yes\"}}", List.of("F&B"), false));
    }

    @Test
    void aPrepackagedCommodityNeedsEveryFieldOfItsBlockUnlessImagesStandIn() throws Exception {
        Map<String, String> reasons = check("{\"prepackaged_commodities\": {\"manufacturer_or_packer_name\": \"Asha\","
                + " \"manufacturer_or_packer_address\": \" \"}}", List.of("Grocery", "prepackaged_commodities"), false);
        assertEquals(List.of(F + ".prepackaged_commodities.manufacturer_or_packer_address",
                F + ".prepackaged_commodities.common_or_generic_name_of_commodity",
                F + ".prepackaged_commodities.manufacture_or_packing_date",
                F + ".prepackaged_commodities.imported_product_country_of_origin"), List.copyOf(reasons.keySet()));
        assertEquals(Map.of(), check("{\"prepackaged_commodities\": {}}", List.of("Grocery", "prepackaged_commodities"), true));
        // No block at all: with images nothing is required of it, but a block that is not an object is still wrong.
        assertEquals(Map.of(), check(null, List.of("Grocery", "prepackaged_commodities"), true));
        assertEquals(Map.of(F + ".prepackaged_commodities", "is required for an item in this sub-category"),
                check("{\"prepackaged_commodities\": \"on the pack\"}", List.of("Grocery", "prepackaged_commodities"), true));
    }

    @Test
    void prepackagedFoodKeepsItsVegMarkWhenImagesStandInForTheRest() throws Exception {
        assertEquals(Map.of(F + ".prepackaged_food.is_vegetarian", "is required for an item in this sub-category"),
                check("{\"prepackaged_food\": {}}", List.of("Grocery", "prepackaged_food"), true));
        assertEquals(StatutoryRules.PREPACKAGED_FOOD.size(),
                check("{\"prepackaged_food\": {}}", List.of("Grocery", "prepackaged_food"), false).size());
    }

    @Test
    void blocksOfOtherSubCategoriesAreNotRequired() throws Exception {
        assertEquals(Map.of(), check(null, List.of("Grocery"), false));
        assertEquals(Map.of(), check("{\"prepackaged_food\": null}", List.of("Electronics"), false));
    }

    private static Map<String, String> check(String blocks, List<String> subCategories, boolean imagesStandIn) throws Exception {
        List<Reason> reasons = new ArrayList<>();
        StatutoryRules.requirements(blocks == null ? null : JSON.readTree(blocks), subCategories, imagesStandIn, F, reasons);
        return Reasons.byField(reasons);
    }
}
