package in.haat.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Delta adjustments of on hand: up, down, never below what is spoken for, with compare-and-set and Idempotency-Key. */
@QuarkusTest
class StockAdjustmentTest extends InventoryTestBase {

    private String adjustments(Shop shop, UUID item) {
        return shop.item(item) + "/adjustments";
    }

    @Test
    void aDeltaAddsToOrTakesFromOnHand() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("delta", 5, "reason", "received", "reference", "PO-17")).post(adjustments(shop, item)).then()
                .statusCode(200).body("on_hand", equalTo(15)).body("available", equalTo(15));
        as(shop, WRITE).body(Map.of("delta", -3, "reason", "damaged")).post(adjustments(shop, item)).then()
                .statusCode(200).body("on_hand", equalTo(12));
        assertArrayEquals(new int[] {12, 0, 0, 12}, quantities(shop, item));
    }

    @Test
    void aDeltaBelowHeldPlusCommittedIs409AndChangesNothing() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("reference", "order-1", "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 6))))
                .post(shop.base() + "/inventory/holds").then().statusCode(201);
        as(shop, WRITE).body(Map.of("delta", -5, "reason", "shrinkage")).post(adjustments(shop, item)).then()
                .statusCode(409)
                .body("error.code", equalTo("BELOW_SPOKEN_FOR"))
                .body("error.details[0].field", equalTo("delta"))
                .body("error.details[0].message", equalTo("must be at least -4"));
        as(shop, WRITE).body(Map.of("delta", -4, "reason", "shrinkage")).post(adjustments(shop, item)).then()
                .statusCode(200).body("available", equalTo(0));
        assertArrayEquals(new int[] {6, 6, 0, 0}, quantities(shop, item));
    }

    @Test
    void badAdjustmentsAre400NamingTheField() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("delta", 0, "reason", "nothing")).post(adjustments(shop, item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("delta"));
        as(shop, WRITE).body(Map.of("delta", 3)).post(adjustments(shop, item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("reason"));
        as(shop, WRITE).body(Map.of("delta", 3, "reason", " ")).post(adjustments(shop, item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("reason"));
        as(shop, WRITE).body(Map.of("reason", "received")).post(adjustments(shop, item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("delta"));
        as(shop, WRITE).body(Map.of("delta", 1.5, "reason", "received")).post(adjustments(shop, item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("delta"));
        as(shop, WRITE).body(Map.of("delta", 3, "reason", "x".repeat(201))).post(adjustments(shop, item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("reason"));
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void onHandCannotGrowPastTheMaximum() {
        Shop shop = newShop();
        UUID item = newItem(shop, 1_000_000_000);
        as(shop, WRITE).body(Map.of("delta", 1, "reason", "received")).post(adjustments(shop, item)).then()
                .statusCode(422).body("error.code", equalTo("QUANTITY_TOO_LARGE"));
        assertArrayEquals(new int[] {1_000_000_000, 0, 0, 1_000_000_000}, quantities(shop, item));
    }

    @Test
    void compareAndSetOnAnAdjustment() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("delta", 2, "reason", "count", "expected_on_hand", 9)).post(adjustments(shop, item)).then()
                .statusCode(409).body("error.code", equalTo("ON_HAND_CHANGED")).body("error.message", containsString("10"));
        as(shop, WRITE).body(Map.of("delta", 2, "reason", "count", "expected_on_hand", 10)).post(adjustments(shop, item)).then()
                .statusCode(200).body("on_hand", equalTo(12));
    }

    @Test
    void aRetriedAdjustmentWithTheSameKeyIsAppliedOnce() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        String token = shop.token(WRITE);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).header("Idempotency-Key", "adjust-" + item).contentType("application/json")
                    .body(Map.of("delta", 5, "reason", "received")).post(adjustments(shop, item)).then()
                    .statusCode(200).body("on_hand", equalTo(15));
        }
        assertArrayEquals(new int[] {15, 0, 0, 15}, quantities(shop, item));
        // Another key is another adjustment.
        given().header("Authorization", token).header("Idempotency-Key", "adjust-2-" + item).contentType("application/json")
                .body(Map.of("delta", 5, "reason", "received")).post(adjustments(shop, item)).then()
                .statusCode(200).body("on_hand", equalTo(20));
    }

    @Test
    void anAdjustmentOfAnUnknownItemIs404() {
        Shop shop = newShop();
        as(shop, WRITE).body(Map.of("delta", 1, "reason", "received")).post(adjustments(shop, UUID.randomUUID())).then()
                .statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }
}
