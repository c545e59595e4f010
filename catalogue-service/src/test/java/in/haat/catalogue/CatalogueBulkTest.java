package in.haat.catalogue;

import static in.haat.catalogue.Fixtures.item;
import static in.haat.catalogue.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** A 10,000-item upsert with some bad items: the good ones are all written and announced, the bad ones explained. */
@QuarkusTest
@TestProfile(LargeBodies.class)
class CatalogueBulkTest {

    private static final Logger LOG = Logger.getLogger(CatalogueBulkTest.class);
    private static final int ITEMS = 10_000;

    @Inject
    Pool database;

    @Test
    void tenThousandItemsWithSomeBadOnes() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        List<Object> body = new ArrayList<>(ITEMS);
        int bad = 0;
        for (int i = 0; i < ITEMS; i++) {
            Map<String, Object> item = with(item(UUID.randomUUID()), "catalogue_item_details.name", "Item " + i);
            if (i % 97 == 13) {
                item = with(item, "catalogue_item_details.price.selling_price", 500);
                bad++;
            } else if (i % 101 == 7) {
                item = with(item, "inventory", Map.of("unit_denomination", "GRAMS", "unit_value", 1, "quantity", 1));
                bad++;
            }
            body.add(item);
        }
        long started = System.nanoTime();
        JsonPath job = f.asPartner().body(body).put("/api/storefronts/" + storefront + "/catalogue").then()
                .statusCode(202)
                .body("received", equalTo(ITEMS))
                .body("rejected", equalTo(bad))
                .body("accepted", equalTo(ITEMS - bad))
                .extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("10,000-item catalogue upsert answered in %d ms (%d items/s)", millis, ITEMS * 1000L / Math.max(1, millis));

        JsonPath rejected = f.asPartner().queryParam("outcome", "rejected").queryParam("limit", 500)
                .get(job.getString("results_url")).then().statusCode(200).extract().jsonPath();
        assertEquals(bad, rejected.getList("results.items").size());
        assertEquals(7, rejected.getInt("results.items[0].position"));
        assertEquals("inventory.unit_denomination", rejected.getString("results.items[0].reasons[0].field"));
        assertEquals(13, rejected.getInt("results.items[1].position"));
        assertEquals("catalogue_item_details.price.selling_price", rejected.getString("results.items[1].reasons[0].field"));
        assertTrue(rejected.getList("results.items.reasons.field").toString().contains("inventory.unit_denomination"));

        // Every result is there, page after page.
        int results = 0;
        String cursor = null;
        do {
            var request = f.asPartner().queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(job.getString("results_url")).then().statusCode(200).extract().jsonPath();
            results += page.getList("results.items").size();
            cursor = page.getString("results.next_cursor");
        } while (cursor != null);
        assertEquals(ITEMS, results);

        assertEquals(ITEMS - bad, count("select count(*) from catalogue_item where storefront_id = $1", storefront));
        assertEquals(ITEMS - bad, count("select count(*) from outbox_event where event_type = 'catalogue-item.upserted' "
                + "and event_key = $1", seller.toString()));
        f.asPartner().get("/api/storefronts/" + storefront + "/catalogue/" + ((Map<?, ?>) body.get(0)).get("catalogue_item_id"))
                .then().statusCode(200).body("catalogue_item_details.name", equalTo("Item 0"));
    }

    long count(String sql, Object param) {
        return database.preparedQuery(sql).execute(Tuple.of(param)).await().indefinitely().iterator().next().getLong(0);
    }
}
