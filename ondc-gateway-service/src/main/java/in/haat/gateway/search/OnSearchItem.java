package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ONDC catalog item (retail 1.2.x) from a Haat catalogue item: price, quantity (available as ONDC wants it: 99 in
 * stock, 0 out; maximum the per-order cap or 99), category, fulfilment, the {@code @ondc/org} policy fields, the
 * statutory blocks of packaged food and commodities, and in F&B (RET11) its place on the storefront's menu.
 */
final class OnSearchItem {

    /** Setu's unit codes as ONDC writes units. */
    private static final Map<String, String> UNITS = Map.of("GM", "gram", "KG", "kilogram", "ML", "millilitre",
            "LTR", "litre", "UNIT", "unit", "PIECE", "unit", "DOZEN", "dozen");
    /** ONDC's statutory block of packaged food: the fields of Setu's prepackaged_food it has, under the same names. */
    private static final List<String> PREPACKAGED_FOOD = List.of("nutritional_info", "additives_info",
            "brand_owner_FSSAI_license_no", "other_FSSAI_license_no", "importer_FSSAI_license_no");
    /** ONDC's statutory block of packaged commodities, from Setu's prepackaged_commodities (ONDC name: Setu name). */
    private static final Map<String, String> PACKAGED_COMMODITIES = Map.of(
            "manufacturer_or_packer_name", "manufacturer_or_packer_name",
            "manufacturer_or_packer_address", "manufacturer_or_packer_address",
            "common_or_generic_name_of_commodity", "common_or_generic_name_of_commodity",
            "month_year_of_manufacture_packing_import", "manufacture_or_packing_date");

    private final ObjectMapper json;

    OnSearchItem(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The item of catalogue-item document {@code d} with {@code available} units, labelled enable or disable at
     * {@code timestamp}; {@code menuSeq} (1, 2, ...) places it on the F&B menu, 0 when it is not listed on one.
     */
    ObjectNode of(JsonNode d, int available, String locationId, JsonNode pickup, Instant timestamp, String label, int menuSeq) {
        JsonNode details = d.path("catalogue_item_details");
        JsonNode price = details.path("price");
        JsonNode policies = d.path("item_policies");
        JsonNode inventory = d.path("inventory");
        ObjectNode i = json.createObjectNode();
        i.put("id", d.path("catalogue_item_id").asText());
        i.putObject("time").put("label", label).put("timestamp", OnSearchProvider.TIMESTAMP.format(timestamp));
        ObjectNode descriptor = i.putObject("descriptor");
        descriptor.put("name", details.path("name").asText());
        descriptor.put("symbol", details.path("symbol").asText(""));
        descriptor.put("short_desc", details.path("short_description").asText(details.path("name").asText()));
        descriptor.put("long_desc", details.path("long_description").asText(details.path("name").asText()));
        ArrayNode images = descriptor.putArray("images");
        details.path("images").forEach(image -> images.add(image.asText()));
        ObjectNode quantity = i.putObject("quantity");
        ObjectNode measure = quantity.putObject("unitized").putObject("measure");
        measure.put("unit", UNITS.getOrDefault(inventory.path("unit_denomination").asText("UNIT").toUpperCase(Locale.ROOT), "unit"));
        measure.put("value", inventory.path("unit_value").asText("1"));
        // ONDC asks for 99 when in stock and 0 when not, rather than the real count; maximum is the per-order cap
        // (99: none), never the stock, which ONDC keeps from buyers and which must stay positive.
        quantity.putObject("available").put("count", available > 0 ? "99" : "0");
        int cap = policies.path("max_sale_quantity").asInt(0);
        quantity.putObject("maximum").put("count", cap > 0 && cap < 99 ? String.valueOf(cap) : "99");
        ObjectNode priceNode = i.putObject("price");
        priceNode.put("currency", "INR");
        priceNode.put("value", money(price.path("selling_price")));
        priceNode.put("maximum_value", money(price.path("max_retail_price")));
        i.put("category_id", OnSearchProvider.firstCategory(d.path("sub_categories")));
        if (menuSeq > 0) {
            i.putArray("category_ids").add(OnSearchProvider.MENU_ID + ":" + menuSeq);
        }
        i.put("fulfillment_id", "1");
        i.put("location_id", locationId);
        i.put("@ondc/org/returnable", policies.path("returnable").asBoolean(false));
        i.put("@ondc/org/cancellable", policies.path("cancellable").asBoolean(true));
        i.put("@ondc/org/return_window", returnWindow(policies.path("return_window")));
        i.put("@ondc/org/seller_pickup_return", policies.path("seller_pickup_return").asBoolean(false));
        i.put("@ondc/org/time_to_ship", policies.path("time_to_ship").asText("PT1H"));
        i.put("@ondc/org/available_on_cod", policies.path("cod_availability").asBoolean(false));
        i.put("@ondc/org/contact_details_consumer_care", pickup.path("pickup_name").asText() + "," + pickup.path("email").asText()
                + "," + OnSearchProvider.phone(pickup.path("pickup_phone").asText()));
        JsonNode statutory = details.path("subcategory_specific_requirements");
        statutory(i, "@ondc/org/statutory_reqs_prepackaged_food", statutory.path("prepackaged_food"),
                PREPACKAGED_FOOD.stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> k)));
        statutory(i, "@ondc/org/statutory_reqs_packaged_commodities", statutory.path("prepackaged_commodities"), PACKAGED_COMMODITIES);
        JsonNode food = statutory.path("food_beverages");
        boolean veg = food.has("is_vegetarian");
        // No `type: item` tag: ONDC's validator says it is for customisable items only (a standalone SKU with it is an
        // error, and 1.2.5 then asks for a default_selection price range that a standalone SKU does not have).
        if (veg) {
            ObjectNode tag = i.putArray("tags").addObject();
            tag.put("code", "veg_nonveg");
            tag.putArray("list").addObject().put("code", food.path("is_vegetarian").asBoolean() ? "veg" : "non_veg").put("value", "yes");
        }
        return i;
    }

    /** Setu's return window is a count of days (ONDC: an ISO 8601 duration); a duration given as such is kept. */
    static String returnWindow(JsonNode window) {
        if (window.isIntegralNumber() && window.asInt() >= 0) {
            return "P" + window.asInt() + "D";
        }
        return window.isTextual() && window.asText().startsWith("P") ? window.asText() : "P0D";
    }

    /** A statutory block with the text fields the item has (ONDC names them, its schema takes no others). */
    private static void statutory(ObjectNode item, String name, JsonNode block, Map<String, String> fields) {
        if (!block.isObject()) {
            return;
        }
        ObjectNode out = item.putObject(name);
        fields.forEach((ondc, setu) -> {
            if (block.path(setu).isTextual() && !block.path(setu).asText().isBlank()) {
                out.put(ondc, block.path(setu).asText());
            }
        });
    }

    static String money(JsonNode value) {
        return value.isNumber() ? value.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString()
                : new BigDecimal(value.asText("0")).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
