package in.haat.catalogue;

import static in.haat.catalogue.Fixtures.daysFromNow;
import static in.haat.catalogue.Fixtures.storefront;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/**
 * What the ONDC network needs of a storefront: its retail domains (from Setu's names, ONDC codes or sub-categories),
 * holidays and city code, in the answer and in {@code storefront.upserted}. The bad cases are in StorefrontApiTest.
 */
@QuarkusTest
class StorefrontOndcTest {

    @Inject
    Pool database;

    @Test
    void domainsHolidaysAndCityCodeAreAnsweredAndAnnounced() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        String diwali = daysFromNow(40);
        String holi = daysFromNow(5);
        Map<String, Object> body = storefront(seller);
        body.put("categories", List.of("F&B", "Fruits and Vegetables", "Dairy and Cheese"));
        body.put("holidays", List.of(diwali, holi));
        body.put("city_code", "std:080");
        String id = f.asPartner().body(body).post("/api/storefronts").then().statusCode(201)
                .body("categories", equalTo(List.of("F&B", "Fruits and Vegetables", "Dairy and Cheese")))
                .body("domains", equalTo(List.of("ONDC:RET10", "ONDC:RET11")))
                .body("holidays", equalTo(List.of(holi, diwali)))
                .body("city_code", equalTo("std:080"))
                .extract().path("storefront_id");

        f.asPartner().get("/api/storefronts/" + id).then().statusCode(200)
                .body("domains", equalTo(List.of("ONDC:RET10", "ONDC:RET11")))
                .body("holidays", equalTo(List.of(holi, diwali)))
                .body("city_code", equalTo("std:080"));

        // PATCH: the domains follow the categories; holidays are replaced whole; an absent field stays.
        f.asPartner().body(Map.of("categories", List.of("ONDC:RET10"), "holidays", List.of(diwali))).patch("/api/storefronts/" + id)
                .then().statusCode(200)
                .body("domains", equalTo(List.of("ONDC:RET10")))
                .body("holidays", equalTo(List.of(diwali)))
                .body("city_code", equalTo("std:080"));
        f.asPartner().body(Map.of("holidays", List.of(), "city_code", "std:11")).patch("/api/storefronts/" + id)
                .then().statusCode(200)
                .body("holidays", equalTo(List.of()))
                .body("city_code", equalTo("std:11"));

        // Without them: no holidays, no city code; Setu's own names still work.
        String plain = f.asPartner().body(storefront(seller)).post("/api/storefronts").then().statusCode(201)
                .body("domains", equalTo(List.of("ONDC:RET11")))
                .body("holidays", equalTo(List.of()))
                .body("city_code", nullValue())
                .extract().path("storefront_id");

        List<JsonPath> upserts = upserts(seller);
        assertEquals(4, upserts.size());
        JsonPath created = upserts.get(0);
        assertEquals(id, created.getString("payload.storefront_id"));
        assertEquals(List.of("ONDC:RET10", "ONDC:RET11"), created.getList("payload.domains"));
        assertEquals(List.of(holi, diwali), created.getList("payload.holidays"));
        assertEquals("std:080", created.getString("payload.city_code"));
        // Additive: what consumers read before is still there.
        assertEquals(List.of("F&B", "Fruits and Vegetables", "Dairy and Cheese"), created.getList("payload.categories"));
        assertEquals(f.partner, created.getString("payload.partner_id"));
        assertEquals(List.of("ONDC:RET10"), upserts.get(1).getList("payload.domains"));
        assertEquals("std:11", upserts.get(2).getString("payload.city_code"));
        assertEquals(List.of(), upserts.get(2).getList("payload.holidays"));
        assertEquals(plain, upserts.get(3).getString("payload.storefront_id"));
        assertNull(upserts.get(3).getString("payload.city_code"));
    }

    @Test
    void aStorefrontCategoryMustBeInTheSellersDomains() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller(); // F&B and Grocery
        Map<String, Object> body = storefront(seller);
        body.put("categories", List.of("Mobile Phone"));
        f.asPartner().body(body).post("/api/storefronts").then().statusCode(400)
                .body("error.details[0].field", equalTo("categories[0]"))
                .body("error.details[0].message", org.hamcrest.Matchers.containsString("ONDC:RET14"));
        // Any name of a domain the seller has will do, in any case.
        body.put("categories", List.of("grocery", "RET11"));
        f.asPartner().body(body).post("/api/storefronts").then().statusCode(201)
                .body("domains", equalTo(List.of("ONDC:RET10", "ONDC:RET11")));
    }

    /** A holiday that has fallen out of the window since it was set does not block a change of something else. */
    @Test
    void storedHolidaysAreNotCheckedAgainstTheWindowOnAnUnrelatedPatch() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID id = f.createStorefront(seller);
        String old = daysFromNow(-800);
        // As if the storefront had been given this holiday more than two years ago.
        database.preparedQuery("update storefront set document = jsonb_set(document::jsonb, '{holidays}', $1::text::jsonb)::text where id = $2")
                .execute(Tuple.of("[\"" + old + "\"]", id)).await().indefinitely();
        f.asPartner().body(Map.of("name", "Asha Saket")).patch("/api/storefronts/" + id).then().statusCode(200)
                .body("holidays", equalTo(List.of(old)));
        // Sent again, it is checked.
        f.asPartner().body(Map.of("holidays", List.of(old))).patch("/api/storefronts/" + id).then().statusCode(400)
                .body("error.details[0].field", equalTo("holidays[0]"));
    }

    private List<JsonPath> upserts(UUID seller) {
        List<JsonPath> rows = new ArrayList<>();
        for (Row row : database.preparedQuery("select envelope from outbox_event where event_key = $1 and event_type = $2 order by id")
                .execute(Tuple.of(seller.toString(), "storefront.upserted")).await().indefinitely()) {
            rows.add(JsonPath.from(row.getString("envelope")));
        }
        return rows;
    }
}
