package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the ONDC /on_search catalog (retail 1.2.x) from Haat's storefronts and catalogue items: a storefront
 * is a provider with one location, an item carries price, quantity (available as ONDC wants it: 99 for in stock,
 * 0 for out), category, fulfilment and the @ondc/org policy fields.
 */
public final class OnSearchCatalog {

    /** Days of the week as ONDC numbers them. */
    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Setu's unit codes as ONDC writes units. */
    private static final Map<String, String> UNITS = Map.of("GM", "gram", "KG", "kilogram", "ML", "millilitre",
            "LTR", "litre", "UNIT", "unit", "PIECE", "unit", "DOZEN", "dozen");

    private final ObjectMapper json;
    private final String bppName;

    public OnSearchCatalog(ObjectMapper json, String bppName) {
        this.json = json;
        this.bppName = bppName;
    }

    /** One storefront and its items (each with its available stock). */
    public record Provider(JsonNode storefront, List<Item> items) {
    }

    /** An item and how many are available. */
    public record Item(JsonNode document, int available) {
    }

    public ObjectNode message(List<Provider> providers, Instant now) {
        ObjectNode catalog = json.createObjectNode();
        ObjectNode descriptor = catalog.putObject("bpp/descriptor");
        descriptor.put("name", bppName);
        descriptor.put("symbol", "https://haat.example/logo.png");
        descriptor.put("short_desc", "Sellers on Haat");
        descriptor.put("long_desc", "Sellers on Haat, an ONDC seller platform");
        descriptor.putArray("images").add("https://haat.example/logo.png");
        ArrayNode fulfillments = catalog.putArray("bpp/fulfillments");
        fulfillments.addObject().put("id", "1").put("type", "Delivery");
        fulfillments.addObject().put("id", "2").put("type", "Pickup");
        ArrayNode list = catalog.putArray("bpp/providers");
        for (Provider provider : providers) {
            list.add(provider(provider, now));
        }
        ObjectNode message = json.createObjectNode();
        message.set("catalog", catalog);
        return message;
    }

    private ObjectNode provider(Provider provider, Instant now) {
        JsonNode s = provider.storefront();
        JsonNode pickup = s.path("pickup_details");
        String storefrontId = s.path("storefront_id").asText();
        String locationId = "L-" + storefrontId;
        ObjectNode p = json.createObjectNode();
        p.put("id", storefrontId);
        ObjectNode time = p.putObject("time");
        time.put("label", "LIVE".equals(s.path("status").asText("LIVE")) ? "enable" : "disable");
        time.put("timestamp", now.toString());
        ObjectNode descriptor = p.putObject("descriptor");
        descriptor.put("name", s.path("name").asText());
        descriptor.put("symbol", "https://haat.example/storefront.png");
        descriptor.put("short_desc", s.path("name").asText());
        descriptor.put("long_desc", s.path("name").asText());
        descriptor.putArray("images").add("https://haat.example/storefront.png");
        p.put("ttl", "P1D");
        ObjectNode location = p.putArray("locations").addObject();
        location.put("id", locationId);
        location.put("gps", pickup.path("pickup_lat").asText() + "," + pickup.path("pickup_long").asText());
        ObjectNode address = location.putObject("address");
        address.put("street", pickup.path("pickup_address").asText());
        address.put("locality", pickup.path("pickup_address").asText());
        address.put("city", pickup.path("pickup_city").asText());
        address.put("state", pickup.path("pickup_state").asText());
        address.put("area_code", pickup.path("pickup_pincode").asText());
        location.set("time", hours(s.path("business_hours"), now));
        if (s.path("serviceability").path("radius").isNumber()) {
            ObjectNode circle = location.putObject("circle");
            circle.put("gps", location.get("gps").asText());
            circle.putObject("radius").put("unit", "km").put("value", s.path("serviceability").path("radius").asText());
        }
        ObjectNode fulfillment = p.putArray("fulfillments").addObject();
        fulfillment.put("id", "1");
        fulfillment.put("type", "Delivery");
        fulfillment.putObject("contact").put("phone", pickup.path("pickup_phone").asText()).put("email", pickup.path("email").asText());
        ArrayNode items = p.putArray("items");
        for (Item item : provider.items()) {
            items.add(item(item, locationId, pickup, now));
        }
        ArrayNode tags = p.putArray("tags");
        ObjectNode serviceability = tags.addObject();
        serviceability.put("code", "serviceability");
        ArrayNode values = serviceability.putArray("list");
        values.addObject().put("code", "location").put("value", locationId);
        values.addObject().put("code", "category").put("value", firstCategory(s.path("categories")));
        if (s.path("serviceability").path("radius").isNumber()) {
            values.addObject().put("code", "type").put("value", "10");
            values.addObject().put("code", "val").put("value", s.path("serviceability").path("radius").asText());
            values.addObject().put("code", "unit").put("value", "km");
        } else {
            values.addObject().put("code", "type").put("value", "11");
            values.addObject().put("code", "val").put("value", join(s.path("serviceability").path("pincodes")));
            values.addObject().put("code", "unit").put("value", "pincode");
        }
        return p;
    }

    private ObjectNode item(Item item, String locationId, JsonNode pickup, Instant now) {
        JsonNode d = item.document();
        JsonNode details = d.path("catalogue_item_details");
        JsonNode price = details.path("price");
        JsonNode policies = d.path("item_policies");
        JsonNode inventory = d.path("inventory");
        ObjectNode i = json.createObjectNode();
        i.put("id", d.path("catalogue_item_id").asText());
        i.putObject("time").put("label", "enable").put("timestamp", now.toString());
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
        // ONDC asks for 99 when in stock and 0 when not, rather than the real count.
        quantity.putObject("available").put("count", item.available() > 0 ? "99" : "0");
        quantity.putObject("maximum").put("count", String.valueOf(Math.max(0, Math.min(item.available(),
                policies.path("max_sale_quantity").asInt(item.available())))));
        ObjectNode priceNode = i.putObject("price");
        priceNode.put("currency", "INR");
        priceNode.put("value", money(price.path("selling_price")));
        priceNode.put("maximum_value", money(price.path("max_retail_price")));
        i.put("category_id", firstCategory(d.path("sub_categories")));
        i.put("fulfillment_id", "1");
        i.put("location_id", locationId);
        i.put("@ondc/org/returnable", policies.path("returnable").asBoolean(false));
        i.put("@ondc/org/cancellable", policies.path("cancellable").asBoolean(true));
        i.put("@ondc/org/return_window", policies.path("return_window").isTextual() ? policies.path("return_window").asText() : "P0D");
        i.put("@ondc/org/seller_pickup_return", policies.path("seller_pickup_return").asBoolean(false));
        i.put("@ondc/org/time_to_ship", policies.path("time_to_ship").asText("PT1H"));
        i.put("@ondc/org/available_on_cod", policies.path("cod_availability").asBoolean(false));
        i.put("@ondc/org/contact_details_consumer_care", pickup.path("pickup_name").asText() + "," + pickup.path("email").asText()
                + "," + pickup.path("pickup_phone").asText());
        JsonNode food = details.path("subcategory_specific_requirements").path("food_beverages");
        if (food.has("is_vegetarian")) {
            ObjectNode tag = i.putArray("tags").addObject();
            tag.put("code", "veg_nonveg");
            tag.putArray("list").addObject().put("code", food.path("is_vegetarian").asBoolean() ? "veg" : "non_veg").put("value", "yes");
        }
        return i;
    }

    private ObjectNode hours(JsonNode businessHours, Instant now) {
        ObjectNode time = json.createObjectNode();
        time.put("label", "enable");
        time.put("timestamp", now.toString());
        StringBuilder days = new StringBuilder();
        String start = null;
        String end = null;
        for (int d = 0; d < DAYS.size(); d++) {
            JsonNode slots = businessHours.path(DAYS.get(d));
            if (slots.isArray() && !slots.isEmpty()) {
                days.append(days.isEmpty() ? "" : ",").append(d + 1);
                start = start == null ? hhmm(slots.get(0).path("opening").asText("00:00")) : start;
                end = end == null ? hhmm(slots.get(slots.size() - 1).path("closing").asText("23:59")) : end;
            }
        }
        time.put("days", days.isEmpty() ? "1,2,3,4,5,6,7" : days.toString());
        time.putObject("schedule").putArray("holidays");
        time.putObject("range").put("start", start == null ? "0000" : start).put("end", end == null ? "2359" : end);
        return time;
    }

    private static String hhmm(String time) {
        return time.length() >= 5 ? time.substring(0, 2) + time.substring(3, 5) : "0000";
    }

    private static String money(JsonNode value) {
        return value.isNumber() ? value.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                : new BigDecimal(value.asText("0")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String firstCategory(JsonNode categories) {
        return categories.isArray() && !categories.isEmpty() ? categories.get(0).asText() : "";
    }

    private static String join(JsonNode values) {
        StringBuilder out = new StringBuilder();
        values.forEach(v -> out.append(out.isEmpty() ? "" : ",").append(v.asText()));
        return out.toString();
    }
}
