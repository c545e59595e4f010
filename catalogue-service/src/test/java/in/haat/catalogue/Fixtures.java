package in.haat.catalogue;

import static io.restassured.RestAssured.given;

import in.haat.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and a partner with a seller and storefront, for the catalogue-service tests. */
final class Fixtures {

    static final String GSTIN = "24AAACC1206D1ZM";
    static final String PAN = "AAACC1206D";

    final String partner = "partner-" + UUID.randomUUID();
    final String token = TestTokens.partner(partner)
            .scopes("sellers:read", "sellers:write", "catalogue:read", "catalogue:write").bearer();

    RequestSpecification asPartner() {
        return given().contentType(ContentType.JSON).header("Authorization", token);
    }

    static Map<String, Object> seller(String name) {
        Map<String, Object> seller = new LinkedHashMap<>();
        seller.put("name", name);
        seller.put("legal_entity_name", name + " Private Limited");
        seller.put("incorporation_type", "PRLC");
        seller.put("gst_number", GSTIN);
        seller.put("pan_number", PAN);
        seller.put("fssai_number", "12319678901234");
        seller.put("categories", List.of("F&B", "Grocery"));
        seller.put("bank_account", Map.of("account_number", "6312763481", "ifsc_code", "KKBK0000187"));
        return seller;
    }

    UUID createSeller() {
        return UUID.fromString(asPartner().body(seller("Asha Stores")).post("/api/sellers")
                .then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> storefront(UUID sellerId) {
        Map<String, Object> pickup = new LinkedHashMap<>();
        pickup.put("pickup_name", "Pickup A");
        pickup.put("email", "ondc@example.in");
        pickup.put("pickup_phone", "+919654198036");
        pickup.put("pickup_pincode", "122003");
        pickup.put("pickup_address", "House No. 12, Random Marg, Saket");
        pickup.put("pickup_city", "Delhi");
        pickup.put("pickup_state", "Delhi");
        pickup.put("pickup_country", "India");
        pickup.put("pickup_lat", 28.5273);
        pickup.put("pickup_long", 77.1821);
        Map<String, Object> slot = Map.of("opening", "09:00:00", "closing", "13:00:00");
        Map<String, Object> hours = new LinkedHashMap<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")) {
            hours.put(day, List.of(slot));
        }
        hours.put("sunday", null);
        Map<String, Object> storefront = new LinkedHashMap<>();
        if (sellerId != null) {
            storefront.put("seller_id", sellerId.toString());
        }
        storefront.put("name", "Asha Saket Branch");
        storefront.put("categories", List.of("F&B"));
        storefront.put("pickup_details", pickup);
        storefront.put("serviceability", Map.of("radius", 10));
        storefront.put("billing_details", Map.of(
                "legal_details", Map.of("incorporation_name", "Asha Stores Private Limited", "incorporation_type", "PRLC",
                        "gstin", GSTIN, "pan", PAN),
                "registered_address", Map.of("address_line_1", "House No. 12, Random Marg, Saket", "pincode", 122003,
                        "city", "Delhi", "state", "Delhi"),
                "contact_detail", Map.of("phone", "+919654198036", "email", "billing@example.in"),
                "bank_account", Map.of("account_number", "12482883913", "ifsc_code", "HDFC0010920")));
        storefront.put("business_hours", hours);
        storefront.put("policies", Map.of("accept_orders_outside_business_hours", true));
        storefront.put("fulfilment", "SELF_SHIP");
        return storefront;
    }

    /** A date in the storefront holiday form, counted from today in India (where holidays are checked). */
    static String daysFromNow(int days) {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(days).toString();
    }

    UUID createStorefront(UUID sellerId) {
        return UUID.fromString(asPartner().body(storefront(sellerId)).post("/api/storefronts")
                .then().statusCode(201).extract().path("storefront_id"));
    }

    /** A valid F&B catalogue item in the OpenAPI's form. */
    static Map<String, Object> item(UUID id) {
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("is_selling_price_exclusive_of_gst", true);
        price.put("max_retail_price", 130);
        price.put("selling_price", 110);
        price.put("sgst_tax_rate", 9);
        price.put("cgst_tax_rate", 9);
        price.put("total_tax_rate", 18);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", "Masala Dosa");
        details.put("symbol", "https://cdn.example.in/dosa.png");
        details.put("short_description", "Crisp dosa");
        details.put("long_description", "Crisp dosa with potato masala, sambar and chutney");
        details.put("images", List.of("https://cdn.example.in/dosa-1.png"));
        details.put("subcategory_specific_requirements", Map.of("food_beverages", Map.of("is_vegetarian", true)));
        details.put("price", price);
        Map<String, Object> policies = new LinkedHashMap<>();
        policies.put("returnable", false);
        policies.put("cancellable", true);
        policies.put("cod_availability", true);
        policies.put("time_to_ship", Map.of("days", 0, "hours", 1, "seconds", 0));
        policies.put("max_sale_quantity", 10);
        policies.put("min_sale_quantity", 1);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("catalogue_item_id", id.toString());
        item.put("sub_categories", List.of("F&B"));
        item.put("catalogue_item_details", details);
        item.put("inventory", Map.of("unit_denomination", "GM", "unit_value", 300, "quantity", 2000));
        item.put("item_policies", policies);
        item.put("serviceability", Map.of("pincodes", List.of(122003, 110030)));
        return item;
    }

    /** A deep, mutable copy with one value at a dotted path replaced (or removed when {@code value} is REMOVE). */
    static final Object REMOVE = new Object();

    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(body);
        String[] parts = path.split("\\.");
        Map<String, Object> at = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.get(parts[i]);
        }
        if (value == REMOVE) {
            at.remove(parts[parts.length - 1]);
        } else {
            at.put(parts[parts.length - 1], value);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
