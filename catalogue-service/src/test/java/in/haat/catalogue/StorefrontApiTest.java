package in.haat.catalogue;

import static in.haat.catalogue.Fixtures.REMOVE;
import static in.haat.catalogue.Fixtures.storefront;
import static in.haat.catalogue.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Storefronts: create on both of Setu's path forms, read, patch, delete, every rule's bad case, tenancy and events. */
@QuarkusTest
class StorefrontApiTest {

    @Inject
    Pool database;

    @Test
    void createReadPatchDeleteAndTheirEvents() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID chosen = UUID.randomUUID();
        Map<String, Object> body = storefront(seller);
        body.put("storefront_id", chosen.toString());
        f.asPartner().body(body).post("/api/storefronts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/storefronts/" + chosen))
                .body("storefront_id", equalTo(chosen.toString()))
                .body("seller_id", equalTo(seller.toString()))
                .body("status", equalTo("LIVE"))
                .body("serviceability.radius", equalTo(10))
                .body("billing_details.legal_details.gstin", equalTo(Fixtures.GSTIN));
        f.asPartner().body(body).post("/api/storefronts").then().statusCode(409).body("error.code", equalTo("CONFLICT"));

        // Setu's guide spells the path in the singular and names the seller setu_seller_id.
        Map<String, Object> guide = storefront(null);
        guide.put("setu_seller_id", seller.toString());
        String second = f.asPartner().body(guide).post("/api/storefront").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/storefronts/")).extract().path("storefront_id");
        f.asPartner().body(storefront(null)).post("/api/sellers/" + seller + "/storefronts").then().statusCode(201);

        f.asPartner().get("/api/storefront/" + chosen).then().statusCode(200).body("name", equalTo("Asha Saket Branch"));
        f.asPartner().queryParam("limit", 2).get("/api/sellers/" + seller + "/storefronts").then().statusCode(200)
                .body("items", hasSize(2)).body("next_cursor", org.hamcrest.Matchers.notNullValue());

        f.asPartner().body(Map.of("name", "Asha Saket", "status", "OFFLINE")).patch("/api/storefronts/" + chosen).then()
                .statusCode(200).body("name", equalTo("Asha Saket")).body("status", equalTo("OFFLINE"))
                .body("categories", equalTo(List.of("F&B")));
        f.asPartner().body(Map.of("categories", List.of("Grocery"))).patch("/api/storefront/" + chosen).then()
                .statusCode(200).body("categories", equalTo(List.of("Grocery")));
        f.asPartner().body(Map.of("categories", List.of("Electronics"))).patch("/api/storefronts/" + chosen).then()
                .statusCode(400).body("error.details.field", hasItem("categories[0]"));

        f.asPartner().delete("/api/storefronts/" + second).then().statusCode(204);
        f.asPartner().get("/api/storefronts/" + second).then().statusCode(404);

        List<Row> events = events(seller);
        List<String> types = events.stream().map(r -> r.getString("event_type")).toList();
        assertEquals(List.of("seller.created", "storefront.upserted", "storefront.upserted", "storefront.upserted",
                "storefront.upserted", "storefront.upserted", "storefront.deleted"), types);
        JsonPath upserted = JsonPath.from(events.get(1).getString("envelope"));
        assertEquals(1, upserted.getInt("version"));
        assertEquals(seller.toString(), upserted.getString("key"));
        assertEquals(chosen.toString(), upserted.getString("payload.storefront_id"));
        assertEquals(seller.toString(), upserted.getString("payload.seller_id"));
        assertEquals(f.partner, upserted.getString("payload.partner_id"));
        assertEquals("Delhi", upserted.getString("payload.pickup_details.pickup_city"));
        JsonPath deleted = JsonPath.from(events.get(6).getString("envelope"));
        assertEquals(second, deleted.getString("payload.storefront_id"));
        assertEquals(seller.toString(), deleted.getString("payload.seller_id"));
    }

    /** One bad storefront per rule, with the field its 400 must name. */
    @Test
    void everyRuleHasItsBadCase() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        Map<String, Object> good = storefront(seller);
        Map<String, Object> slot = Map.of("opening", "13:00:00", "closing", "09:00:00");
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] { with(good, "categories", List.of("Electronics")), "categories[0]" });
        cases.add(new Object[] { with(good, "categories", List.of("F&B", "Toys & Games")), "categories[1]" });
        cases.add(new Object[] { with(good, "categories", List.of("Bakery")), "categories[0]" });
        cases.add(new Object[] { with(good, "categories", List.of("ONDC:RET1Z")), "categories[0]" });
        cases.add(new Object[] { with(good, "categories", List.of("F&B", "ONDC:RET11")), "categories" });
        cases.add(new Object[] { with(good, "holidays", List.of("2026-13-01")), "holidays[0]" });
        cases.add(new Object[] { with(good, "holidays", List.of(Fixtures.daysFromNow(10), "25-12-2026")), "holidays[1]" });
        cases.add(new Object[] { with(good, "holidays", List.of(Fixtures.daysFromNow(10), "2027-02-29")), "holidays[1]" });
        cases.add(new Object[] { with(good, "holidays", List.of(Fixtures.daysFromNow(10), Fixtures.daysFromNow(10))), "holidays[1]" });
        cases.add(new Object[] { with(good, "holidays", List.of(Fixtures.daysFromNow(3 * 366))), "holidays[0]" });
        cases.add(new Object[] { with(good, "holidays", List.of(Fixtures.daysFromNow(-2 * 366))), "holidays[0]" });
        cases.add(new Object[] { with(good, "holidays", java.util.Collections.nCopies(1101, Fixtures.daysFromNow(1))), "holidays" });
        cases.add(new Object[] { with(good, "holidays", "2026-12-25"), "holidays" });
        cases.add(new Object[] { with(good, "city_code", "080"), "city_code" });
        cases.add(new Object[] { with(good, "city_code", "std:0"), "city_code" });
        cases.add(new Object[] { with(good, "city_code", "std:123456"), "city_code" });
        cases.add(new Object[] { with(good, "city_code", "std:08O"), "city_code" });
        cases.add(new Object[] { with(good, "city_code", "*"), "city_code" });
        cases.add(new Object[] { with(good, "categories", List.of()), "categories" });
        cases.add(new Object[] { with(good, "name", " "), "name" });
        cases.add(new Object[] { with(good, "serviceability", Map.of("radius", 10, "pincodes", List.of(122003))), "serviceability" });
        cases.add(new Object[] { with(good, "serviceability", Map.of()), "serviceability" });
        cases.add(new Object[] { with(good, "serviceability", Map.of("pincodes", List.of(99))), "serviceability.pincodes[0]" });
        cases.add(new Object[] { with(good, "pickup_details.pickup_lat", REMOVE), "pickup_details" });
        cases.add(new Object[] { with(good, "pickup_details.pickup_phone", "12"), "pickup_details.pickup_phone" });
        cases.add(new Object[] { with(good, "pickup_details.pickup_pincode", "0220"), "pickup_details.pickup_pincode" });
        cases.add(new Object[] { with(good, "pickup_details.email", "not-an-email"), "pickup_details.email" });
        cases.add(new Object[] { with(good, "business_hours.monday", List.of(slot)), "business_hours.monday[0]" });
        cases.add(new Object[] { with(good, "business_hours.monday", List.of(Map.of("opening", "9am", "closing", "13:00:00"))), "business_hours.monday[0].opening" });
        cases.add(new Object[] { with(good, "business_hours.tuesday", List.of(Map.of("opening", "09:00:00", "closing", "13:00:00"),
                Map.of("opening", "12:00:00", "closing", "15:00:00"))), "business_hours.tuesday" });
        cases.add(new Object[] { with(good, "fulfilment", "COURIER"), "fulfilment" });
        cases.add(new Object[] { with(good, "policies", Map.of()), "policies.accept_orders_outside_business_hours" });
        cases.add(new Object[] { with(good, "billing_details.legal_details", Map.of("incorporation_name", "X", "incorporation_type", "PRLC",
                "gstin", "24AAACC1206D1Z", "pan", Fixtures.PAN)), "billing_details.legal_details.gstin" });
        cases.add(new Object[] { with(good, "billing_details.legal_details", Map.of("incorporation_name", "X", "incorporation_type", "PRLC",
                "gstin", Fixtures.GSTIN, "pan", "AAACC1206")), "billing_details.legal_details.pan" });
        cases.add(new Object[] { with(good, "billing_details.legal_details", Map.of("incorporation_name", "X", "incorporation_type", "PRLC",
                "gstin", Fixtures.GSTIN, "pan", "BBBCC1206D")), "billing_details.legal_details.gstin" });
        cases.add(new Object[] { with(good, "billing_details.legal_details", Map.of("incorporation_name", "X", "incorporation_type", "COOP",
                "gstin", Fixtures.GSTIN, "pan", Fixtures.PAN)), "billing_details.legal_details.incorporation_type" });
        cases.add(new Object[] { with(good, "billing_details.bank_account", Map.of("account_number", "12482883913", "ifsc_code", "HDFC00109202")),
                "billing_details.bank_account.ifsc_code" });
        cases.add(new Object[] { with(good, "billing_details.registered_address", Map.of("address_line_1", "x", "pincode", 12, "city", "D", "state", "D")),
                "billing_details.registered_address.pincode" });
        cases.add(new Object[] { with(good, "pickup_details", REMOVE), "pickup_details" });
        cases.add(new Object[] { with(good, "seller_id", REMOVE), "seller_id" });
        for (Object[] c : cases) {
            List<String> fields = f.asPartner().body(c[0]).post("/api/storefronts").then()
                    .log().ifStatusCodeMatches(org.hamcrest.Matchers.not(400))
                    .statusCode(400).body("error.code", equalTo("INVALID_REQUEST"))
                    .extract().jsonPath().getList("error.details.field");
            assertTrue(fields.contains((String) c[1]), "expected a detail about " + c[1] + ", got " + fields);
        }
        assertEquals(0, database.preparedQuery("select count(*) from storefront where seller_id = $1")
                .execute(Tuple.of(seller)).await().indefinitely().iterator().next().getLong(0));
    }

    @Test
    void anotherTenantsStorefrontAnswers404() {
        Fixtures owner = new Fixtures();
        UUID seller = owner.createSeller();
        UUID storefront = owner.createStorefront(seller);
        Fixtures other = new Fixtures();
        other.asPartner().get("/api/storefronts/" + storefront).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        other.asPartner().body(Map.of("name", "Mine now")).patch("/api/storefronts/" + storefront).then().statusCode(404);
        other.asPartner().delete("/api/storefronts/" + storefront).then().statusCode(404);
        other.asPartner().body(storefront(seller)).post("/api/storefronts").then().statusCode(404);
        other.asPartner().get("/api/sellers/" + seller + "/storefronts").then().statusCode(404);
        owner.asPartner().get("/api/storefronts/" + storefront).then().statusCode(200).body("name", equalTo("Asha Saket Branch"));
    }

    /** The seller's events on the catalogue topic, in order. */
    private List<Row> events(UUID seller) {
        List<Row> rows = new ArrayList<>();
        database.preparedQuery("select event_type, envelope from outbox_event where event_key = $1 "
                        + "and topic = 'haat.catalogue.events' order by id")
                .execute(Tuple.of(seller.toString())).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
