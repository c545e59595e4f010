package in.haat.catalogue;

import static in.haat.catalogue.Fixtures.REMOVE;
import static in.haat.catalogue.Fixtures.item;
import static in.haat.catalogue.Fixtures.storefront;
import static in.haat.catalogue.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Catalogue items against ONDC storefront categories, images standing in for text, and the GST split in the answer
 * and in {@code catalogue-item.upserted}. Each rule's bad case is in CatalogueApiTest.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(LargeBodies.class)
class CatalogueOndcItemTest {

    @Inject
    Pool database;

    @Test
    void subCategoriesAreTheStorefrontsOrInsideItsDomains() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        Map<String, Object> body = storefront(seller);
        body.put("categories", List.of("F&B", "Fruits and Vegetables"));
        String storefront = f.asPartner().body(body).post("/api/storefronts").then().statusCode(201).extract().path("storefront_id");

        UUID southIndian = UUID.randomUUID();
        UUID byCode = UUID.randomUUID();
        UUID fruit = UUID.randomUUID();
        UUID dairy = UUID.randomUUID();
        UUID grocery = UUID.randomUUID();
        List<Object> items = List.of(
                with(item(southIndian), "sub_categories", List.of("South Indian")),
                with(item(byCode), "sub_categories", List.of("ONDC:RET11", "Desserts")),
                with(item(fruit), "sub_categories", List.of("Fruits and Vegetables")),
                // The storefront sells one Grocery sub-category, not the whole domain.
                with(item(dairy), "sub_categories", List.of("Dairy and Cheese")),
                with(item(grocery), "sub_categories", List.of("Grocery")));
        JsonPath job = f.asPartner().body(items).put("/api/storefronts/" + storefront + "/catalogue").then().statusCode(202)
                .body("accepted", equalTo(3)).body("rejected", equalTo(2)).extract().jsonPath();
        JsonPath rejected = f.asPartner().queryParam("outcome", "rejected").get(job.getString("results_url")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(dairy.toString(), grocery.toString()), rejected.getList("results.items.catalogue_item_id"));
        assertEquals(List.of("sub_categories[0]"), rejected.getList("results.items[0].reasons.field"));
        assertEquals(List.of("sub_categories[0]"), rejected.getList("results.items[1].reasons.field"));
        f.asPartner().get("/api/storefronts/" + storefront + "/catalogue/" + byCode).then().statusCode(200)
                .body("sub_categories", equalTo(List.of("ONDC:RET11", "Desserts")));
    }

    @Test
    void imagesStandInForMissingText() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        Map<String, Object> body = storefront(seller);
        body.put("categories", List.of("F&B", "Grocery"));
        String storefront = f.asPartner().body(body).post("/api/storefronts").then().statusCode(201).extract().path("storefront_id");

        UUID id = UUID.randomUUID();
        Map<String, Object> pack = with(item(id), "sub_categories", List.of("Grocery", "prepackaged_commodities", "prepackaged_food"));
        pack = with(pack, "catalogue_item_details.symbol", REMOVE);
        pack = with(pack, "catalogue_item_details.short_description", REMOVE);
        pack = with(pack, "catalogue_item_details.long_description", "");
        pack = with(pack, "catalogue_item_details.images", List.of("https://cdn.example.in/atta-front.png",
                "https://cdn.example.in/atta-back.png"));
        // The pack's back shows the statutory text; only the veg marking must be stated.
        pack = with(pack, "catalogue_item_details.subcategory_specific_requirements",
                new HashMap<>(Map.of("prepackaged_food", Map.of("is_vegetarian", true))));
        f.asPartner().body(List.of(pack)).put("/api/storefronts/" + storefront + "/catalogue").then().statusCode(202)
                .body("accepted", equalTo(1));
        f.asPartner().get("/api/storefronts/" + storefront + "/catalogue/" + id).then().statusCode(200)
                .body("catalogue_item_details.symbol", equalTo("https://cdn.example.in/atta-front.png"))
                .body("catalogue_item_details.images[1]", equalTo("https://cdn.example.in/atta-back.png"));
    }

    @Test
    void taxableValueAndTaxValueComeFromThePriceTheRateAndTheFlag() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        UUID exclusive = UUID.randomUUID();
        UUID inclusive = UUID.randomUUID();
        UUID guideInclusive = UUID.randomUUID();
        Map<String, Object> in = with(item(inclusive), "catalogue_item_details.price.is_selling_price_exclusive_of_gst", false);
        Map<String, Object> guide = with(item(guideInclusive), "catalogue_item_details.price.is_selling_price_exclusive_of_gst", REMOVE);
        guide = with(guide, "catalogue_item_details.price.is_selling_price_inclusive_of_gst", true);
        guide = with(guide, "catalogue_item_details.price.selling_price", 99.99);
        guide = with(guide, "catalogue_item_details.price.sgst_tax_rate", 2.5);
        guide = with(guide, "catalogue_item_details.price.cgst_tax_rate", 2.5);
        guide = with(guide, "catalogue_item_details.price.total_tax_rate", 5);
        f.asPartner().body(List.of(item(exclusive), in, guide)).put("/api/storefronts/" + storefront + "/catalogue").then()
                .statusCode(202).body("accepted", equalTo(3));

        // 110 exclusive of 18 %: 110.00 taxable, 19.80 tax on top.
        assertSplit(f, storefront, exclusive, "110.00", "19.80");
        // 110 inclusive of 18 %: 110 * 100 / 118 = 93.2203... -> 93.22, tax the rest 16.78.
        assertSplit(f, storefront, inclusive, "93.22", "16.78");
        // 99.99 inclusive of 5 %: 95.2285... -> 95.23, tax 4.76.
        assertSplit(f, storefront, guideInclusive, "95.23", "4.76");

        Map<String, JsonPath> events = new HashMap<>();
        for (Row row : database.preparedQuery("select envelope from outbox_event where event_key = $1 and event_type = $2")
                .execute(Tuple.of(seller.toString(), "catalogue-item.upserted")).await().indefinitely()) {
            JsonPath event = JsonPath.from(row.getString("envelope"));
            events.put(event.getString("payload.catalogue_item_id"), event);
        }
        JsonPath event = events.get(inclusive.toString());
        assertAmount("93.22", event, "payload.catalogue_item_details.price.taxable_value");
        assertAmount("16.78", event, "payload.catalogue_item_details.price.tax_value");
        // Additive: the fields consumers read before are unchanged.
        assertEquals(false, event.getBoolean("payload.catalogue_item_details.price.is_selling_price_exclusive_of_gst"));
        assertAmount("110", event, "payload.catalogue_item_details.price.selling_price");
        assertAmount("19.80", events.get(exclusive.toString()), "payload.catalogue_item_details.price.tax_value");
    }

    private static void assertAmount(String expected, JsonPath json, String path) {
        String actual = json.getString(path);
        assertTrue(actual != null && new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0,
                path + ": expected " + expected + ", got " + actual);
    }

    private static void assertSplit(Fixtures f, UUID storefront, UUID item, String taxable, String tax) {
        JsonPath answer = f.asPartner().get("/api/storefronts/" + storefront + "/catalogue/" + item).then().statusCode(200)
                .extract().jsonPath();
        assertAmount(taxable, answer, "catalogue_item_details.price.taxable_value");
        assertAmount(tax, answer, "catalogue_item_details.price.tax_value");
    }
}
