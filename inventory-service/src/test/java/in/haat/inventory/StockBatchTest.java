package in.haat.inventory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Batch updates: sets and adjustments of many items in one call; a bad item is rejected alone. */
@QuarkusTest
class StockBatchTest extends InventoryTestBase {

    @Test
    void goodItemsAreAppliedAndBadOnesRejectedEachWithItsReason() {
        Shop shop = newShop();
        UUID a = newItem(shop, 10);
        UUID b = newItem(shop, 10);
        UUID c = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("reference", "order-9", "items", List.of(Map.of("catalogue_item_id", c.toString(), "quantity", 8))))
                .post(shop.base() + "/inventory/holds").then().statusCode(201);
        UUID unknown = UUID.randomUUID();
        String body = """
                {"items": [
                  {"catalogue_item_id": "%1$s", "quantity": 40},
                  {"catalogue_item_id": "%2$s", "delta": -4, "reason": "damaged"},
                  {"catalogue_item_id": "%3$s", "quantity": 5},
                  {"catalogue_item_id": "%4$s", "quantity": 5},
                  {"catalogue_item_id": "%1$s", "quantity": -1},
                  {"catalogue_item_id": "%1$s", "quantity": 1, "delta": 1, "reason": "both"},
                  {"catalogue_item_id": "%2$s", "quantity": "ten"},
                  "not an item",
                  {"catalogue_item_id": "%2$s", "delta": 2},
                  {"catalogue_item_id": "%1$s", "delta": 2, "reason": "received"}
                ]}""".formatted(a, b, c, unknown);
        as(shop, WRITE).body(body).post(shop.base() + "/inventory/batch").then()
                .statusCode(200)
                .body("updated", equalTo(3))
                .body("rejected", equalTo(7))
                .body("results", hasSize(10))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .body("results[0].status", equalTo("updated"))
                .body("results[0].stock.on_hand", equalTo(40))
                .body("results[1].status", equalTo("updated"))
                .body("results[1].stock.on_hand", equalTo(6))
                .body("results[2].status", equalTo("rejected"))
                .body("results[2].error.code", equalTo("BELOW_SPOKEN_FOR"))
                .body("results[3].error.code", equalTo("NOT_FOUND"))
                .body("results[3].catalogue_item_id", equalTo(unknown.toString()))
                .body("results[4].error.code", equalTo("INVALID_REQUEST"))
                .body("results[4].error.details[0].field", equalTo("quantity"))
                .body("results[5].error.code", equalTo("INVALID_REQUEST"))
                .body("results[6].error.details[0].field", equalTo("quantity"))
                .body("results[7].error.code", equalTo("INVALID_REQUEST"))
                .body("results[7].catalogue_item_id", nullValue())
                .body("results[8].error.details[0].field", equalTo("reason"))
                .body("results[9].status", equalTo("updated"))
                .body("results[9].stock.on_hand", equalTo(42));
        assertArrayEquals(new int[] {42, 0, 0, 42}, quantities(shop, a));
        assertArrayEquals(new int[] {6, 0, 0, 6}, quantities(shop, b));
        assertArrayEquals(new int[] {10, 8, 0, 2}, quantities(shop, c));
    }

    @Test
    void aBatchOfAThousandItemsIsAppliedAndOneMoreIsRefused() {
        Shop shop = newShop();
        UUID item = newItem(shop, 0);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(Map.of("catalogue_item_id", item.toString(), "delta", 1, "reason", "received"));
        }
        as(shop, WRITE).body(Map.of("items", items)).post(shop.base() + "/inventory/batch").then()
                .statusCode(200).body("updated", equalTo(1000)).body("rejected", equalTo(0));
        assertArrayEquals(new int[] {1000, 0, 0, 1000}, quantities(shop, item));

        items.add(Map.of("catalogue_item_id", item.toString(), "delta", 1, "reason", "received"));
        as(shop, WRITE).body(Map.of("items", items)).post(shop.base() + "/inventory/batch").then()
                .statusCode(400).body("error.details[0].field", equalTo("items"));
        as(shop, WRITE).body(Map.of("items", List.of())).post(shop.base() + "/inventory/batch").then()
                .statusCode(400).body("error.details[0].field", equalTo("items"));
        as(shop, WRITE).body("{}").post(shop.base() + "/inventory/batch").then()
                .statusCode(400).body("error.details[0].field", equalTo("items"));
        assertArrayEquals(new int[] {1000, 0, 0, 1000}, quantities(shop, item));
    }

    @Test
    void aRetriedBatchWithTheSameKeyIsAppliedOnce() {
        Shop shop = newShop();
        UUID item = newItem(shop, 1);
        String token = shop.token(WRITE);
        for (int i = 0; i < 2; i++) {
            io.restassured.RestAssured.given().header("Authorization", token).header("Idempotency-Key", "batch-" + item)
                    .contentType("application/json")
                    .body(Map.of("items", List.of(Map.of("catalogue_item_id", item.toString(), "delta", 3, "reason", "received"))))
                    .post(shop.base() + "/inventory/batch").then().statusCode(200).body("results[0].stock.on_hand", equalTo(4));
        }
        assertArrayEquals(new int[] {4, 0, 0, 4}, quantities(shop, item));
    }
}
