package in.haat.catalogue;

import static in.haat.catalogue.Fixtures.REMOVE;
import static in.haat.catalogue.Fixtures.item;
import static in.haat.catalogue.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bulk upsert and delete of catalogue items, every item rule's bad case, reads, jobs, tenancy and events. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(LargeBodies.class)
class CatalogueApiTest {

    @Inject
    Pool database;

    /** One bad item per rule: the change that breaks it and the field its reason must name. */
    record Case(String rule, Object item, String field) {
    }

    private static List<Case> badItems(UUID duplicateOf) {
        Map<String, Object> good = item(UUID.randomUUID());
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("id required", with(good, "catalogue_item_id", REMOVE), "catalogue_item_id"));
        cases.add(new Case("id is a UUID", with(good, "catalogue_item_id", "not-a-uuid"), "catalogue_item_id"));
        cases.add(new Case("id not repeated", with(good, "catalogue_item_id", duplicateOf.toString()), "catalogue_item_id"));
        cases.add(new Case("sub-categories of the storefront", with(good, "sub_categories", List.of("Electronics")), "sub_categories[0]"));
        cases.add(new Case("sub-categories required", with(good, "sub_categories", List.of()), "sub_categories"));
        cases.add(new Case("name not blank", with(good, "catalogue_item_details.name", ""), "catalogue_item_details.name"));
        cases.add(new Case("details required", with(good, "catalogue_item_details", REMOVE), "catalogue_item_details"));
        cases.add(new Case("details under one name only",
                with(good, "catalogue_item_description", Fixtures.deepCopy(good.get("catalogue_item_details"))), "catalogue_item_details"));
        cases.add(new Case("an HSN code is 4, 6 or 8 digits", with(good, "catalogue_item_details.hsn_code", "21069"), "catalogue_item_details.hsn_code"));
        cases.add(new Case("images are URLs", with(good, "catalogue_item_details.images", List.of("string")), "catalogue_item_details.images[0]"));
        cases.add(new Case("selling price within MRP", with(good, "catalogue_item_details.price.selling_price", 140), "catalogue_item_details.price.selling_price"));
        cases.add(new Case("MRP positive", with(good, "catalogue_item_details.price.max_retail_price", -1), "catalogue_item_details.price.max_retail_price"));
        cases.add(new Case("tax rates add up", with(good, "catalogue_item_details.price.total_tax_rate", 12), "catalogue_item_details.price.total_tax_rate"));
        cases.add(new Case("IGST alone", with(with(with(good, "catalogue_item_details.price.igst_tax_rate", 18),
                "catalogue_item_details.price.total_tax_rate", 36), "catalogue_item_details.price.sgst_tax_rate", 9), "catalogue_item_details.price.igst_tax_rate"));
        cases.add(new Case("SGST equals CGST", with(with(good, "catalogue_item_details.price.sgst_tax_rate", 10),
                "catalogue_item_details.price.cgst_tax_rate", 8), "catalogue_item_details.price.sgst_tax_rate"));
        cases.add(new Case("GST flag required", with(good, "catalogue_item_details.price.is_selling_price_exclusive_of_gst", REMOVE),
                "catalogue_item_details.price.is_selling_price_exclusive_of_gst"));
        cases.add(new Case("GST flags agree", with(good, "catalogue_item_details.price.is_selling_price_inclusive_of_gst", true),
                "catalogue_item_details.price.is_selling_price_inclusive_of_gst"));
        cases.add(new Case("prepackaged food block", with(good, "sub_categories", List.of("F&B", "prepackaged_food")),
                "catalogue_item_details.subcategory_specific_requirements.prepackaged_food"));
        cases.add(new Case("F&B veg marking", with(good, "catalogue_item_details.subcategory_specific_requirements", Map.of()),
                "catalogue_item_details.subcategory_specific_requirements.food_beverages"));
        cases.add(new Case("ONDC sub-category of another domain", with(good, "sub_categories", List.of("Mobile Phone")), "sub_categories[0]"));
        cases.add(new Case("veg marking for an F&B sub-category", with(with(good, "sub_categories", List.of("South Indian")),
                "catalogue_item_details.subcategory_specific_requirements", Map.of()),
                "catalogue_item_details.subcategory_specific_requirements.food_beverages"));
        cases.add(new Case("symbol is an image URL", with(good, "catalogue_item_details.symbol", "dosa.png"), "catalogue_item_details.symbol"));
        cases.add(new Case("symbol or images", with(with(good, "catalogue_item_details.symbol", REMOVE), "catalogue_item_details.images", List.of()),
                "catalogue_item_details.symbol"));
        cases.add(new Case("image URL without credentials", with(good, "catalogue_item_details.images",
                List.of("https://cdn.example.in/a.png", "https://user:secret@cdn.example.in/b.png")), "catalogue_item_details.images[1]"));
        cases.add(new Case("image URL not a data URI", with(good, "catalogue_item_details.images", List.of("data:image/png;base64,iVBORw0KGgo=")),
                "catalogue_item_details.images[0]"));
        cases.add(new Case("image URL has no spaces", with(good, "catalogue_item_details.images", List.of("https://cdn.example.in/masala dosa.png")),
                "catalogue_item_details.images[0]"));
        cases.add(new Case("image URL within 2083 characters", with(good, "catalogue_item_details.images",
                List.of("https://cdn.example.in/" + "a".repeat(2100) + ".png")), "catalogue_item_details.images[0]"));
        cases.add(new Case("image URL not blank", with(good, "catalogue_item_details.images", java.util.Arrays.asList((String) null)),
                "catalogue_item_details.images[0]"));
        cases.add(new Case("at most 20 images", with(good, "catalogue_item_details.images",
                java.util.Collections.nCopies(21, "https://cdn.example.in/a.png")), "catalogue_item_details.images"));
        cases.add(new Case("descriptions as text when there are no images", with(with(good, "catalogue_item_details.images", List.of()),
                "catalogue_item_details.short_description", " "), "catalogue_item_details.short_description"));
        cases.add(new Case("statutory text when there are no images", with(with(with(good, "catalogue_item_details.images", List.of()),
                "sub_categories", List.of("F&B", "prepackaged_commodities")),
                "catalogue_item_details.subcategory_specific_requirements.prepackaged_commodities", Map.of("manufacturer_or_packer_name", "Asha")),
                "catalogue_item_details.subcategory_specific_requirements.prepackaged_commodities.manufacturer_or_packer_address"));
        cases.add(new Case("veg marking even with images", with(with(good, "sub_categories", List.of("F&B", "prepackaged_food")),
                "catalogue_item_details.subcategory_specific_requirements.prepackaged_food", Map.of("ingredients_info", "rice")),
                "catalogue_item_details.subcategory_specific_requirements.prepackaged_food.is_vegetarian"));
        cases.add(new Case("selling price in paise", with(good, "catalogue_item_details.price.selling_price", 109.995),
                "catalogue_item_details.price.selling_price"));
        cases.add(new Case("MRP in paise", with(good, "catalogue_item_details.price.max_retail_price", 130.001),
                "catalogue_item_details.price.max_retail_price"));
        cases.add(new Case("unit known", with(good, "inventory", Map.of("unit_denomination", "GRAMS", "unit_value", 300, "quantity", 1)), "inventory.unit_denomination"));
        cases.add(new Case("unit value positive", with(good, "inventory", Map.of("unit_denomination", "GM", "unit_value", 0, "quantity", 1)), "inventory.unit_value"));
        cases.add(new Case("quantity not negative", with(good, "inventory", Map.of("unit_denomination", "GM", "unit_value", 1, "quantity", -1)), "inventory.quantity"));
        cases.add(new Case("quantity an integer", with(good, "inventory", Map.of("unit_denomination", "GM", "unit_value", 1, "quantity", "lots")), "inventory.quantity"));
        cases.add(new Case("return window when returnable", with(good, "item_policies.returnable", true), "item_policies.return_window"));
        cases.add(new Case("min within max sale quantity", with(good, "item_policies.min_sale_quantity", 20), "item_policies.min_sale_quantity"));
        cases.add(new Case("time to ship readable", with(good, "item_policies.time_to_ship", "soon"), "item_policies.time_to_ship"));
        cases.add(new Case("time to ship positive", with(good, "item_policies.time_to_ship", 0), "item_policies.time_to_ship"));
        cases.add(new Case("cancellable required", with(good, "item_policies.cancellable", REMOVE), "item_policies.cancellable"));
        cases.add(new Case("policies required", with(good, "item_policies", REMOVE), "item_policies"));
        cases.add(new Case("radius or pincodes", with(good, "serviceability", Map.of("radius", 5, "pincodes", List.of(122003))), "serviceability"));
        cases.add(new Case("pincodes have 6 digits", with(good, "serviceability", Map.of("pincodes", List.of(12))), "serviceability.pincodes[0]"));
        cases.add(new Case("an item is an object", "just a string", null));
        return cases;
    }

    @Test
    void everyRuleRejectsItsBadItemAndTheGoodItemsAreStillWritten() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        UUID first = UUID.randomUUID();
        List<Object> body = new ArrayList<>();
        body.add(with(item(first), "catalogue_item_details.hsn_code", "21069099"));
        List<Case> cases = badItems(first);
        cases.forEach(c -> body.add(c.item()));
        // The guide's spelling: catalogue_item_description, is_selling_price_inclusive_of_gst, time_to_ship in days.
        UUID guideForm = UUID.randomUUID();
        Map<String, Object> guide = item(guideForm);
        guide.put("catalogue_item_description", guide.remove("catalogue_item_details"));
        guide = with(guide, "catalogue_item_description.price.is_selling_price_exclusive_of_gst", REMOVE);
        guide = with(guide, "catalogue_item_description.price.is_selling_price_inclusive_of_gst", false);
        guide = with(guide, "item_policies.time_to_ship", 3);
        guide.remove("serviceability");
        body.add(guide);

        JsonPath job = f.asPartner().body(body).put("/api/storefronts/" + storefront + "/catalogue").then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/storefronts/" + storefront + "/catalogue/jobs/"))
                .body("status", equalTo("completed"))
                .body("received", equalTo(cases.size() + 2))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(cases.size()))
                .extract().jsonPath();

        JsonPath rejected = f.asPartner().queryParam("outcome", "rejected").queryParam("limit", 500)
                .get(job.getString("results_url")).then().statusCode(200)
                .body("results.items", hasSize(cases.size()))
                .body("results.next_cursor", nullValue())
                .extract().jsonPath();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            assertEquals(i + 1, rejected.getInt("results.items[" + i + "].position"), c.rule());
            assertEquals("rejected", rejected.getString("results.items[" + i + "].outcome"), c.rule());
            List<String> fields = rejected.getList("results.items[" + i + "].reasons.field");
            assertTrue(fields.contains(c.field()), c.rule() + ": expected a reason about " + c.field() + ", got " + fields);
        }

        f.asPartner().get("/api/storefronts/" + storefront + "/catalogue/" + first).then().statusCode(200)
                .body("storefront_id", equalTo(storefront.toString()))
                .body("seller_id", equalTo(seller.toString()))
                .body("catalogue_item_details.name", equalTo("Masala Dosa"))
                .body("catalogue_item_details.price.selling_price", equalTo(110))
                .body("catalogue_item_details.hsn_code", equalTo("21069099"))
                .body("item_policies.time_to_ship", equalTo("PT1H"))
                .body("created_at", notNullValue());
        f.asPartner().get("/api/storefront/" + storefront + "/catalogue/" + guideForm).then().statusCode(200)
                .body("catalogue_item_details.price.is_selling_price_exclusive_of_gst", equalTo(true))
                .body("item_policies.time_to_ship", equalTo("P3D"))
                .body("catalogue_item_details.hsn_code", nullValue())
                .body("serviceability", nullValue());

        assertEquals(2, count("select count(*) from catalogue_item where storefront_id = $1", storefront));
        assertEquals(2, count("select count(*) from outbox_event where event_type = 'catalogue-item.upserted' and event_key = $1",
                seller.toString()));
        // order-service reads the HSN code for its invoices from the event.
        assertEquals(1, count("select count(*) from outbox_event where event_type = 'catalogue-item.upserted' and event_key = $1 "
                + "and position('21069099' in envelope::text) > 0", seller.toString()));
    }

    @Test
    void aSecondPutUpdatesKeepsCreatedAtAndTheListPages() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        List<Object> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            items.add(item(id));
        }
        String path = "/api/storefronts/" + storefront + "/catalogue";
        f.asPartner().body(items).put(path).then().statusCode(202).body("accepted", equalTo(5));
        String one = (String) ((Map<?, ?>) items.get(0)).get("catalogue_item_id");
        String createdAt = f.asPartner().get(path + "/" + one).then().extract().path("created_at");

        Map<String, Object> renamed = with(Fixtures.item(UUID.fromString(one)), "catalogue_item_details.name", "Rava Dosa");
        f.asPartner().body(List.of(renamed)).put(path).then().statusCode(202).body("accepted", equalTo(1));
        String updatedAt = f.asPartner().get(path + "/" + one).then().statusCode(200)
                .body("catalogue_item_details.name", equalTo("Rava Dosa"))
                .body("created_at", equalTo(createdAt))
                .extract().path("updated_at");
        assertNotEquals(createdAt, updatedAt);

        // Sent again as it is stored (a partner's scheduled resend, keys in another order): accepted, not rewritten,
        // no event; the renamed copy and an item changed in the same call are.
        Map<String, Object> reordered = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reordered.putAll(renamed);
        Map<String, Object> other = with(Fixtures.item(UUID.fromString((String) ((Map<?, ?>) items.get(1)).get("catalogue_item_id"))),
                "catalogue_item_details.name", "Onion Uttapam");
        f.asPartner().body(List.of(reordered, other)).put(path).then().statusCode(202).body("accepted", equalTo(2));
        f.asPartner().get(path + "/" + one).then().statusCode(200)
                .body("catalogue_item_details.name", equalTo("Rava Dosa"))
                .body("updated_at", equalTo(updatedAt));
        assertEquals(2, count("select count(*) from outbox_event where event_type = 'catalogue-item.upserted' "
                + "and position($1 in envelope::text) > 0", one));
        assertEquals(2, count("select count(*) from outbox_event where event_type = 'catalogue-item.upserted' "
                + "and position($1 in envelope::text) > 0", other.get("catalogue_item_id")));

        Set<String> listed = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = f.asPartner().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("items.catalogue_item_id"));
            cursor = page.getString("next_cursor");
            pages++;
        } while (cursor != null);
        assertEquals(ids, listed);
        assertEquals(3, pages);
        f.asPartner().queryParam("cursor", "garbage!").get(path).then().statusCode(400).body("error.details[0].field", equalTo("cursor"));
    }

    @Test
    void deleteTakesAListAndReportsUnknownIds() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String path = "/api/storefronts/" + storefront + "/catalogue";
        f.asPartner().body(List.of(item(a), item(b))).put(path).then().statusCode(202);

        UUID unknown = UUID.randomUUID();
        JsonPath job = f.asPartner().body(List.of(Map.of("catalogue_item_id", a.toString()),
                        Map.of("catalogue_item_id", unknown.toString()), Map.of("catalogue_item_id", "nope")))
                .delete(path).then().statusCode(202)
                .body("kind", equalTo("delete")).body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .extract().jsonPath();
        f.asPartner().get(job.getString("results_url")).then().statusCode(200)
                .body("results.items[1].reasons[0].message", equalTo("no such catalogue item in this storefront"))
                .body("results.items[2].reasons[0].message", equalTo("must be a UUID"));
        f.asPartner().get(path + "/" + a).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        f.asPartner().get(path + "/" + b).then().statusCode(200);
        assertEquals(1, count("select count(*) from outbox_event where event_type = 'catalogue-item.deleted' and event_key = $1"
                + " and envelope like '%' || $2 || '%'", seller.toString(), a.toString()));
    }

    @Test
    void anotherTenantsStorefrontItemsAndJobsAnswer404() {
        Fixtures owner = new Fixtures();
        UUID storefront = owner.createStorefront(owner.createSeller());
        UUID id = UUID.randomUUID();
        String path = "/api/storefronts/" + storefront + "/catalogue";
        String results = owner.asPartner().body(List.of(item(id))).put(path).then().statusCode(202).extract().path("results_url");

        Fixtures other = new Fixtures();
        other.asPartner().body(List.of(item(UUID.randomUUID()))).put(path).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        other.asPartner().body(List.of(Map.of("catalogue_item_id", id.toString()))).delete(path).then().statusCode(404);
        other.asPartner().get(path).then().statusCode(404);
        other.asPartner().get(path + "/" + id).then().statusCode(404);
        other.asPartner().get(results).then().statusCode(404);
        // A seller token for another seller, and a third-party app of another seller, are just as foreign.
        given().header("Authorization", TestTokens.seller(UUID.randomUUID()).scopes("catalogue:read").bearer())
                .get(path + "/" + id).then().statusCode(404);
        owner.asPartner().get(path + "/" + id).then().statusCode(200);
        assertEquals(1, count("select count(*) from catalogue_item where storefront_id = $1", storefront));
    }

    @Test
    void theSellersOwnTokenWorksAndScopesAreChecked() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        String path = "/api/storefronts/" + storefront + "/catalogue";
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.seller(seller).scopes("catalogue:write").bearer())
                .body(List.of(item(UUID.randomUUID()))).put(path).then().statusCode(202).body("accepted", equalTo(1));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.seller(seller).scopes("catalogue:read").bearer())
                .body(List.of(item(UUID.randomUUID()))).put(path).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(List.of(item(UUID.randomUUID()))).put(path).then().statusCode(401);
    }

    @Test
    void anItemTooLargeForOneEventIsRefusedAtTheEdgeAndNothingIsWritten() {
        Fixtures f = new Fixtures();
        UUID storefront = f.createStorefront(f.createSeller());
        String path = "/api/storefronts/" + storefront + "/catalogue";
        UUID small = UUID.randomUUID();
        Map<String, Object> huge = with(item(UUID.randomUUID()), "catalogue_item_details.long_description", "d".repeat(1_200_000));
        f.asPartner().body(List.of(item(small), huge)).put(path).then().statusCode(413)
                .body("error.code", equalTo("PAYLOAD_TOO_LARGE")).body("error.details[0].field", equalTo("[1]"));
        assertEquals(0, count("select count(*) from catalogue_item where storefront_id = $1", storefront));
        assertEquals(0, count("select count(*) from outbox_event where event_type like 'catalogue-item%' and envelope like '%' || $1 || '%'", storefront.toString()));
    }

    @Test
    void theBodyMustBeANonEmptyArray() {
        Fixtures f = new Fixtures();
        UUID storefront = f.createStorefront(f.createSeller());
        String path = "/api/storefronts/" + storefront + "/catalogue";
        f.asPartner().body("[]").put(path).then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        f.asPartner().body(item(UUID.randomUUID())).put(path).then().statusCode(400)
                .body("error.message", startsWith("the request body must be a JSON array"));
        f.asPartner().body("[{\"catalogue_item_id\": \"x\",}]").put(path).then().statusCode(400)
                .body("error.message", equalTo("the request body is not valid JSON"));
    }

    @Test
    void aRetriedPutWithTheSameKeyReplaysTheJob() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        String path = "/api/storefronts/" + storefront + "/catalogue";
        String key = UUID.randomUUID().toString();
        List<Object> body = List.of(item(UUID.randomUUID()), item(UUID.randomUUID()));
        String job = f.asPartner().header("Idempotency-Key", key).body(body).put(path).then().statusCode(202).extract().path("job_id");
        f.asPartner().header("Idempotency-Key", key).body(body).put(path).then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("job_id", equalTo(job));
        f.asPartner().header("Idempotency-Key", key).body(List.of(item(UUID.randomUUID()))).put(path).then().statusCode(422)
                .body("error.code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(1, count("select count(*) from catalogue_job where storefront_id = $1", storefront));
        assertEquals(2, count("select count(*) from outbox_event where event_type = 'catalogue-item.upserted' and event_key = $1",
                seller.toString()));
    }

    @Test
    void aRadiusOverrideNeedsStorefrontCoordinates() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        Map<String, Object> body = Fixtures.storefront(seller);
        body.put("serviceability", Map.of("pincodes", List.of(122003)));
        body = with(body, "pickup_details.pickup_lat", REMOVE);
        body = with(body, "pickup_details.pickup_long", REMOVE);
        String storefront = f.asPartner().body(body).post("/api/storefronts").then().statusCode(201).extract().path("storefront_id");
        String results = f.asPartner().body(List.of(with(item(UUID.randomUUID()), "serviceability", Map.of("radius", 3))))
                .put("/api/storefronts/" + storefront + "/catalogue").then().statusCode(202).body("rejected", equalTo(1))
                .extract().path("results_url");
        f.asPartner().get(results).then().body("results.items[0].reasons.field", hasItem("serviceability.radius"));
    }

    long count(String sql, Object... params) {
        return database.preparedQuery(sql).execute(Tuple.from(List.of(params))).await().indefinitely()
                .iterator().next().getLong(0);
    }

    static Map<String, Object> ordered(Map<String, Object> map) {
        return new LinkedHashMap<>(map);
    }
}
