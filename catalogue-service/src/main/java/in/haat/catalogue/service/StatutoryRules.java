package in.haat.catalogue.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import in.haat.ondc.RetailDomain;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statutory blocks of {@code subcategory_specific_requirements}: a block becomes mandatory once the item is in
 * its sub-category (Setu's guide, rule 3); food carries its veg marking.
 */
final class StatutoryRules {

    static final List<String> PREPACKAGED_COMMODITIES = List.of("manufacturer_or_packer_name",
            "manufacturer_or_packer_address", "common_or_generic_name_of_commodity", "manufacture_or_packing_date",
            "imported_product_country_of_origin");
    static final List<String> PREPACKAGED_FOOD = List.of("is_vegetarian", "ingredients_info", "nutritional_info",
            "additives_info", "brand_owner_name", "brand_owner_address", "brand_owner_FSSAI_license_no",
            "other_FSSAI_license_no", "importer_name", "importer_address", "importer_FSSAI_logo",
            "importer_FSSAI_license_no", "imported_product_country_of_origin", "other_importer_name",
            "other_importer_address", "other_premises", "other_importer_country_of_origin");
    /** Fields of the statutory blocks that are not text, so no image can stand in for them. */
    static final Set<String> NOT_TEXT = Set.of("is_vegetarian");

    private StatutoryRules() {
    }

    /**
     * Checks the blocks the item's sub-categories call for. With images, their text fields may be missing (they are
     * on the pack's photo); the veg marking never, ONDC shows it as a tag.
     */
    static void requirements(JsonNode blocks, List<String> subCategories, boolean imagesStandIn, String field,
            List<Reason> reasons) {
        JsonNode all = blocks == null ? MissingNode.getInstance() : blocks;
        if (subCategories.contains("prepackaged_food")) {
            block(all.path("prepackaged_food"), PREPACKAGED_FOOD, imagesStandIn, field + ".prepackaged_food", reasons);
        }
        if (subCategories.contains("prepackaged_commodities")) {
            block(all.path("prepackaged_commodities"), PREPACKAGED_COMMODITIES, imagesStandIn,
                    field + ".prepackaged_commodities", reasons);
        }
        if (subCategories.stream().map(RetailDomain::of).flatMap(Optional::stream)
                .anyMatch(m -> m.domain() == RetailDomain.RET11)) {
            // Veg or non-veg marking is required on food sold in India.
            block(all.path("food_beverages"), List.of("is_vegetarian"), false, field + ".food_beverages", reasons);
        }
        for (String name : List.of("food_beverages", "prepackaged_food")) {
            JsonNode veg = all.path(name).path("is_vegetarian");
            if (!veg.isMissingNode() && !veg.isNull() && !veg.isBoolean()) {
                reasons.add(new Reason(field + "." + name + ".is_vegetarian", "must be true or false"));
            }
        }
    }

    private static void block(JsonNode block, List<String> requiredFields, boolean imagesStandIn, String field,
            List<Reason> reasons) {
        List<String> needed = imagesStandIn ? requiredFields.stream().filter(NOT_TEXT::contains).toList() : requiredFields;
        if (!block.isObject()) {
            if (!needed.isEmpty() || (!block.isMissingNode() && !block.isNull())) {
                reasons.add(new Reason(field, "is required for an item in this sub-category"));
            }
            return;
        }
        for (String name : needed) {
            JsonNode value = block.path(name);
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                reasons.add(new Reason(field + "." + name, "is required for an item in this sub-category"));
            }
        }
    }
}
