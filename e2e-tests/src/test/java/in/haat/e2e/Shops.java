package in.haat.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.CheckedCallback;
import in.haat.buyer.OrderMessages;
import in.haat.buyer.Sent;
import in.haat.buyer.Transaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The e2e tests' shops: a storefront of its own with one item and its stock on the suite, searchable before use. */
final class Shops {

    private Shops() {
    }

    /** See {@link OrderSuite#shop}. */
    static OrderSuite.Shop create(OrderSuite suite, String itemName, int stock) throws Exception {
        ServiceProcess catalogue = suite.catalogue;
        ServiceProcess inventory = suite.inventory;
        Partners.Partner partner = suite.partner;
        String storefrontId = given().baseUri(catalogue.url()).header("Authorization", partner.bearer()).contentType(ContentType.JSON)
                .body(storefront(suite.sellerId)).post("/api/storefronts").then().log().ifValidationFails().statusCode(201).extract().path("storefront_id");
        String itemId = UUID.randomUUID().toString();
        given().baseUri(catalogue.url()).header("Authorization", partner.bearer()).contentType(ContentType.JSON)
                .body(List.of(item(itemId, itemName))).put("/api/storefronts/" + storefrontId + "/catalogue")
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(202)));
        await().atMost(OrderSuite.PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> given().baseUri(inventory.url())
                .header("Authorization", partner.bearer()).contentType(ContentType.JSON).body(Map.of("quantity", stock))
                .put("/api/storefronts/" + storefrontId + "/catalogue/" + itemId + "/inventory").statusCode() == 200);
        OrderSuite.Shop shop = new OrderSuite.Shop(storefrontId, itemId, itemName);
        try (BuyerApp buyer = suite.buyerApp()) {
            await().atMost(OrderSuite.PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> searchable(buyer, shop));
        }
        return shop;
    }

    /** Whether a /search for the item finds it in stock at the shop. */
    private static boolean searchable(BuyerApp buyer, OrderSuite.Shop shop) throws InterruptedException {
        Transaction transaction = buyer.transaction();
        Sent sent = buyer.send(transaction, "search", OrderMessages.search(shop.itemName()));
        if (!sent.acked()) {
            return false;
        }
        Optional<CheckedCallback> onSearch = buyer.awaitReply(transaction, sent, Duration.ofSeconds(10));
        if (onSearch.isEmpty()) {
            return false;
        }
        for (JsonNode provider : onSearch.get().callback().body().path("message").path("catalog").path("bpp/providers")) {
            if (provider.path("id").asText().equals(shop.storefrontId())) {
                for (JsonNode item : provider.path("items")) {
                    if (item.path("id").asText().equals(shop.itemId()) && !"0".equals(item.path("quantity").path("available").path("count").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** See {@link OrderSuite#stock}. */
    static JsonNode stock(OrderSuite suite, OrderSuite.Shop shop) throws Exception {
        return BuyerApp.JSON.readTree(given().baseUri(suite.inventory.url()).header("Authorization", suite.partner.bearer())
                .get("/api/storefronts/" + shop.storefrontId() + "/catalogue/" + shop.itemId() + "/inventory")
                .then().statusCode(200).extract().asString());
    }

    private static Map<String, Object> storefront(String sellerId) {
        Map<String, Object> day = Map.of("opening", "00:00:00", "closing", "23:59:59");
        Map<String, Object> hours = new HashMap<>();
        for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            hours.put(d, List.of(day));
        }
        return Map.of("seller_id", sellerId, "name", "Asha Stores " + UUID.randomUUID().toString().substring(0, 6),
                "categories", List.of("F&B"),
                "pickup_details", Map.of("pickup_name", "Asha Stores", "email", "asha@example.in", "pickup_phone", "+919654198036",
                        "pickup_pincode", "560038", "pickup_address", "12, 100 Feet Road, Indiranagar", "pickup_city", "Bengaluru",
                        "pickup_state", "Karnataka", "pickup_country", "India", "pickup_lat", 12.9719, "pickup_long", 77.6412),
                "serviceability", Map.of("radius", 10),
                "billing_details", Map.of(
                        "legal_details", Map.of("incorporation_name", "Asha Stores Private Limited", "incorporation_type", "PRLC",
                                "gstin", "24AAACC1206D1ZM", "pan", "AAACC1206D"),
                        "registered_address", Map.of("address_line_1", "12, 100 Feet Road, Indiranagar", "pincode", 560038,
                                "city", "Bengaluru", "state", "Karnataka"),
                        "contact_detail", Map.of("phone", "+919654198036", "email", "billing@example.in"),
                        "bank_account", Map.of("account_number", "12482883913", "ifsc_code", "HDFC0010920")),
                "business_hours", hours, "policies", Map.of("accept_orders_outside_business_hours", true), "fulfilment", "SELF_SHIP");
    }

    private static Map<String, Object> item(String id, String name) {
        return Map.of("catalogue_item_id", id, "sub_categories", List.of("F&B"),
                "catalogue_item_details", Map.of("name", name, "symbol", "https://cdn.example.in/item.png",
                        "short_description", "Fresh from the tawa", "long_description", "Made to order in our Indiranagar kitchen",
                        "images", List.of("https://cdn.example.in/item-1.png"),
                        "subcategory_specific_requirements", Map.of("food_beverages", Map.of("is_vegetarian", true)),
                        "price", Map.of("is_selling_price_exclusive_of_gst", true, "max_retail_price", 60, "selling_price", 55,
                                "sgst_tax_rate", 2.5, "cgst_tax_rate", 2.5, "total_tax_rate", 5)),
                "inventory", Map.of("unit_denomination", "GM", "unit_value", 250, "quantity", 0),
                "item_policies", Map.of("returnable", false, "cancellable", true, "cod_availability", true,
                        "time_to_ship", Map.of("days", 0, "hours", 1, "seconds", 0), "max_sale_quantity", 10, "min_sale_quantity", 1));
    }
}
