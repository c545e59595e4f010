package in.haat.inventory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Setu's inventory update, {@code PATCH} as Setu's API has it and {@code PUT} as ours: Setu's own sample bodies
 * replayed, the unit checked against the catalogue item, every bad input answered in the one error shape.
 */
@QuarkusTest
class SetuInventoryUpdateTest extends InventoryTestBase {

    @Test
    void setusSampleBodyFromItsGuideSetsOnHandWithPatchAndPut() {
        Shop shop = newShop();
        UUID item = newItem(shop, "GM", 300, 2000);
        assertArrayEquals(new int[] {2000, 0, 0, 2000}, quantities(shop, item), "the catalogue's quantity is the first on hand");

        // Setu's guide, "Update Inventory API": PATCH {"quantity": 3000}
        as(shop, WRITE).body("{ \n    \"quantity\": 3000 \n}").patch(shop.item(item)).then()
                .statusCode(200)
                .body("on_hand", equalTo(3000))
                .body("available", equalTo(3000))
                .body("unit_denomination", equalTo("GM"))
                .body("unit_value", equalTo(300))
                .body("catalogue_item_id", equalTo(item.toString()))
                .body("storefront_id", equalTo(shop.storefrontId().toString()));
        // Setu's OpenAPI ProductInventoryInputDTO (quantity only), and the catalogue's InventoryDTO with the unit.
        as(shop, WRITE).body("{\"quantity\": 1500}").put(shop.item(item)).then().statusCode(200).body("on_hand", equalTo(1500));
        as(shop, WRITE).body("{\"unit_denomination\": \"GM\", \"unit_value\": 300, \"quantity\": 2000}")
                .put(shop.item(item)).then().statusCode(200).body("on_hand", equalTo(2000));
        assertArrayEquals(new int[] {2000, 0, 0, 2000}, quantities(shop, item));

        as(shop, READ).get(shop.item(item)).then().statusCode(200).body("on_hand", equalTo(2000)).body("version", equalTo(3));
    }

    @Test
    void quantityZeroIsAllowed() {
        Shop shop = newShop();
        UUID item = newItem(shop, 5);
        as(shop, WRITE).body(Map.of("quantity", 0)).put(shop.item(item)).then().statusCode(200).body("available", equalTo(0));
    }

    @Test
    void aUnitOtherThanTheCatalogueItemsIs422AndChangesNothing() {
        Shop shop = newShop();
        UUID item = newItem(shop, "GM", 300, 10);
        as(shop, WRITE).body(Map.of("quantity", 5, "unit_denomination", "KG", "unit_value", 1)).put(shop.item(item)).then()
                .statusCode(422)
                .body("error.code", equalTo("UNIT_MISMATCH"))
                .body("error.details.field", hasItem("unit_denomination"))
                .body("error.details.field", hasItem("unit_value"));
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void badBodiesAre400NamingTheField() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body("{}").put(shop.item(item)).then()
                .statusCode(400).body("error.code", equalTo("INVALID_REQUEST")).body("error.details[0].field", equalTo("quantity"));
        as(shop, WRITE).body(Map.of("quantity", -1)).put(shop.item(item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("quantity"));
        as(shop, WRITE).body(Map.of("quantity", 1_000_000_001)).put(shop.item(item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("quantity"));
        as(shop, WRITE).body("{\"quantity\": 2.5}").put(shop.item(item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("quantity"));
        as(shop, WRITE).body("{\"quantity\": \"ten\"}").put(shop.item(item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("quantity"));
        as(shop, WRITE).body("{\"quantity\": 5, \"unit_denomination\": \"GRAMS\"}").put(shop.item(item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("unit_denomination"));
        as(shop, WRITE).body(Map.of("quantity", 5, "unit_value", 0)).put(shop.item(item)).then()
                .statusCode(400).body("error.details[0].field", equalTo("unit_value"));
        // The seed's own JSON style, with a trailing comma, is not JSON.
        as(shop, WRITE).body("{\"quantity\": 5,}").put(shop.item(item)).then()
                .statusCode(400).body("error.code", equalTo("INVALID_REQUEST")).body("error.message", containsString("JSON"));
        as(shop, WRITE).put(shop.item(item)).then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void anUnknownItemOrStorefrontIs404() {
        Shop shop = newShop();
        as(shop, WRITE).body(Map.of("quantity", 5)).put(shop.item(UUID.randomUUID())).then()
                .statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        as(shop, READ).get(shop.item(UUID.randomUUID())).then().statusCode(404);
        as(shop, WRITE).body(Map.of("quantity", 5)).put("/api/storefronts/" + UUID.randomUUID() + "/catalogue/"
                + UUID.randomUUID() + "/inventory").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        as(shop, WRITE).body(Map.of("quantity", 5)).put("/api/storefronts/not-a-uuid/catalogue/" + UUID.randomUUID()
                + "/inventory").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void compareAndSetAppliesOnlyWhenOnHandIsAsExpected() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("quantity", 12, "expected_on_hand", 10)).put(shop.item(item)).then()
                .statusCode(200).body("on_hand", equalTo(12));
        as(shop, WRITE).body(Map.of("quantity", 15, "expected_on_hand", 10)).put(shop.item(item)).then()
                .statusCode(409)
                .body("error.code", equalTo("ON_HAND_CHANGED"))
                .body("error.details[0].field", equalTo("expected_on_hand"))
                .body("error.details[0].message", containsString("12"));
        assertArrayEquals(new int[] {12, 0, 0, 12}, quantities(shop, item));
    }

    @Test
    void settingOnHandBelowHeldPlusCommittedIs409NotAClamp() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("reference", "order-a", "items", java.util.List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 4))))
                .post(shop.base() + "/inventory/holds").then().statusCode(201);
        as(shop, WRITE).post(shop.base() + "/inventory/holds/order-a/commit").then().statusCode(200);
        as(shop, WRITE).body(Map.of("reference", "order-b", "items", java.util.List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 3))))
                .post(shop.base() + "/inventory/holds").then().statusCode(201);
        assertArrayEquals(new int[] {10, 3, 4, 3}, quantities(shop, item));

        as(shop, WRITE).body(Map.of("quantity", 6)).put(shop.item(item)).then()
                .statusCode(409)
                .body("error.code", equalTo("BELOW_SPOKEN_FOR"))
                .body("error.message", containsString("held 3, committed 4"))
                .body("error.details[0].field", equalTo("quantity"))
                .body("error.details[0].message", equalTo("must be at least 7"));
        assertArrayEquals(new int[] {10, 3, 4, 3}, quantities(shop, item));
        as(shop, WRITE).body(Map.of("quantity", 7)).put(shop.item(item)).then().statusCode(200).body("available", equalTo(0));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        String token = shop.token(WRITE, READ);
        var first = io.restassured.RestAssured.given().header("Authorization", token).header("Idempotency-Key", "set-1")
                .contentType("application/json").body(Map.of("quantity", 20)).put(shop.item(item)).then()
                .statusCode(200).extract().asString();
        as(shop, WRITE).body(Map.of("quantity", 25)).put(shop.item(item)).then().statusCode(200);
        // The retry with the same key (and the same token's client) gets the first answer and changes nothing.
        io.restassured.RestAssured.given().header("Authorization", token).header("Idempotency-Key", "set-1")
                .contentType("application/json").body(Map.of("quantity", 20)).put(shop.item(item)).then()
                .statusCode(200).header("Idempotent-Replayed", "true").body(equalTo(first));
        assertArrayEquals(new int[] {25, 0, 0, 25}, quantities(shop, item));
        io.restassured.RestAssured.given().header("Authorization", token).header("Idempotency-Key", "set-1")
                .contentType("application/json").body(Map.of("quantity", 21)).put(shop.item(item)).then()
                .statusCode(422).body("error.code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
