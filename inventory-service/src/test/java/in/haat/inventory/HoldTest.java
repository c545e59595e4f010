package in.haat.inventory;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Holds for orders: all or nothing, idempotent by reference, committed or released once, expired by the sweeper. */
@QuarkusTest
class HoldTest extends InventoryTestBase {

    private static Map<String, Object> hold(String reference, Object... itemAndQuantity) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < itemAndQuantity.length; i += 2) {
            items.add(Map.of("catalogue_item_id", itemAndQuantity[i].toString(), "quantity", itemAndQuantity[i + 1]));
        }
        return Map.of("reference", reference, "items", items);
    }

    private String holds(Shop shop) {
        return shop.base() + "/inventory/holds";
    }

    @Test
    void aHoldTakesAvailableIntoHeldAndTheSameReferenceAgainChangesNothing() {
        Shop shop = newShop();
        UUID a = newItem(shop, 10);
        UUID b = newItem(shop, 5);
        as(shop, WRITE).body(hold("order-1", a, 3, b, 5)).post(holds(shop)).then()
                .statusCode(201)
                .header("Location", endsWith(holds(shop) + "/order-1"))
                .body("status", equalTo("held"))
                .body("reference", equalTo("order-1"))
                .body("items.size()", equalTo(2));
        assertArrayEquals(new int[] {10, 3, 0, 7}, quantities(shop, a));
        assertArrayEquals(new int[] {5, 5, 0, 0}, quantities(shop, b));

        // The same reference with the same items (in another order): the existing hold, nothing held twice.
        as(shop, WRITE).body(hold("order-1", b, 5, a, 3)).post(holds(shop)).then().statusCode(200).body("status", equalTo("held"));
        assertArrayEquals(new int[] {10, 3, 0, 7}, quantities(shop, a));
        // The same reference with other items is refused.
        as(shop, WRITE).body(hold("order-1", a, 4)).post(holds(shop)).then()
                .statusCode(409).body("error.code", equalTo("HOLD_REFERENCE_REUSED"));
        as(shop, READ).get(holds(shop) + "/order-1").then().statusCode(200)
                .body("items.find { it.catalogue_item_id == '" + a + "' }.quantity", equalTo(3));
    }

    @Test
    void itemIdsOnBothSidesOfTheSignBitAreOrderedAsPostgreSQLOrdersThem() {
        // UUID.compareTo is signed: f000... sorts before 0fff... in Java but after it in PostgreSQL.
        Shop shop = newShop();
        UUID low = UUID.fromString("0fffffff-0000-4000-8000-" + shop.storefrontId().toString().substring(24));
        UUID high = UUID.fromString("f0000000-0000-4000-8000-" + shop.storefrontId().toString().substring(24));
        publishItem(shop, low, "EA", 1, 10);
        publishItem(shop, high, "EA", 1, 10);
        awaitItem(shop, high);
        as(shop, WRITE).body(hold("order-sign", high, 1, low, 2)).post(holds(shop)).then().statusCode(201);
        as(shop, WRITE).body(hold("order-sign", low, 2, high, 1)).post(holds(shop)).then().statusCode(200);
        as(shop, WRITE).body(hold("order-sign", high, 1, low, 2)).post(holds(shop)).then().statusCode(200);
        as(shop, WRITE).post(holds(shop) + "/order-sign/commit").then().statusCode(200);
        assertArrayEquals(new int[] {10, 0, 2, 8}, quantities(shop, low));
        assertArrayEquals(new int[] {10, 0, 1, 9}, quantities(shop, high));
    }

    @Test
    void aHoldIsAllOrNothingAcrossItsItems() {
        Shop shop = newShop();
        UUID plenty = newItem(shop, 100);
        UUID scarce = newItem(shop, 2);
        as(shop, WRITE).body(hold("order-2", plenty, 10, scarce, 3)).post(holds(shop)).then()
                .statusCode(409)
                .body("error.code", equalTo("INSUFFICIENT_STOCK"))
                .body("error.details[0].field", equalTo("items[1].quantity"))
                .body("error.details[0].message", equalTo("only 2 available"));
        assertArrayEquals(new int[] {100, 0, 0, 100}, quantities(shop, plenty));
        assertArrayEquals(new int[] {2, 0, 0, 2}, quantities(shop, scarce));
        as(shop, READ).get(holds(shop) + "/order-2").then().statusCode(404);

        as(shop, WRITE).body(hold("order-2", plenty, 10, UUID.randomUUID(), 1)).post(holds(shop)).then()
                .statusCode(422).body("error.details[0].field", equalTo("items[1].catalogue_item_id"));
        assertArrayEquals(new int[] {100, 0, 0, 100}, quantities(shop, plenty));
        // After a refusal the reference is free: a hold that fits goes through.
        as(shop, WRITE).body(hold("order-2", plenty, 10, scarce, 2)).post(holds(shop)).then().statusCode(201);
        assertArrayEquals(new int[] {2, 2, 0, 0}, quantities(shop, scarce));
    }

    @Test
    void commitMovesHeldToCommittedOnceAndReleaseAfterCommitIsRefused() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(hold("order-3", item, 4)).post(holds(shop)).then().statusCode(201);
        as(shop, WRITE).post(holds(shop) + "/order-3/commit").then().statusCode(200).body("status", equalTo("committed"));
        assertArrayEquals(new int[] {10, 0, 4, 6}, quantities(shop, item));
        as(shop, WRITE).post(holds(shop) + "/order-3/commit").then().statusCode(200).body("status", equalTo("committed"));
        assertArrayEquals(new int[] {10, 0, 4, 6}, quantities(shop, item));
        as(shop, WRITE).post(holds(shop) + "/order-3/release").then()
                .statusCode(409).body("error.code", equalTo("HOLD_COMMITTED"));
        assertArrayEquals(new int[] {10, 0, 4, 6}, quantities(shop, item));
    }

    @Test
    void releaseGivesHeldBackOnceAndCommitAfterReleaseIsRefused() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(hold("order-4", item, 4)).post(holds(shop)).then().statusCode(201);
        as(shop, WRITE).post(holds(shop) + "/order-4/release").then().statusCode(200).body("status", equalTo("released"));
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
        as(shop, WRITE).post(holds(shop) + "/order-4/release").then().statusCode(200).body("status", equalTo("released"));
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
        as(shop, WRITE).post(holds(shop) + "/order-4/commit").then()
                .statusCode(409).body("error.code", equalTo("HOLD_RELEASED"));
        // Holding the same reference again answers the released hold; it does not hold anew.
        as(shop, WRITE).body(hold("order-4", item, 4)).post(holds(shop)).then().statusCode(200).body("status", equalTo("released"));
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void anExpiredHoldIsReleasedByTheSweeperAndCannotBeCommitted() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("reference", "order-5", "ttl", "PT1S",
                "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 6)))).post(holds(shop)).then()
                .statusCode(201);
        as(shop, WRITE).body(Map.of("reference", "order-6", "ttl", "PT1H",
                "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 1)))).post(holds(shop)).then()
                .statusCode(201);
        // No look in between: on a busy machine the one-second hold may be gone before it.
        await().atMost(Duration.ofSeconds(15)).until(() -> quantities(shop, item)[1] == 1);
        assertArrayEquals(new int[] {10, 1, 0, 9}, quantities(shop, item));
        as(shop, READ).get(holds(shop) + "/order-5").then().statusCode(200).body("status", equalTo("expired"));
        as(shop, WRITE).post(holds(shop) + "/order-5/commit").then()
                .statusCode(409).body("error.code", equalTo("HOLD_EXPIRED")).body("error.message", containsString("expired"));
        as(shop, WRITE).post(holds(shop) + "/order-5/release").then().statusCode(200).body("status", equalTo("expired"));
        assertArrayEquals(new int[] {10, 1, 0, 9}, quantities(shop, item));
        as(shop, READ).get(holds(shop) + "/order-6").then().statusCode(200).body("status", equalTo("held"));
    }

    @Test
    void aHoldPastItsTimeLimitCannotBeCommittedEvenBeforeTheSweeperRuns() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("reference", "order-7", "ttl", "PT1S",
                "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 2)))).post(holds(shop)).then()
                .statusCode(201);
        // Make the hold overdue at once, rather than wait and race the sweeper.
        database.preparedQuery("update stock_hold set expires_at = now() - interval '1 minute' where reference = 'order-7'")
                .execute().await().indefinitely();
        as(shop, WRITE).post(holds(shop) + "/order-7/commit").then().statusCode(409).body("error.code", equalTo("HOLD_EXPIRED"));
        await().atMost(Duration.ofSeconds(15)).until(() -> quantities(shop, item)[1] == 0);
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void badHoldsAre400NamingTheField() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 1))))
                .post(holds(shop)).then().statusCode(400).body("error.details[0].field", equalTo("reference"));
        as(shop, WRITE).body(hold("order/8", item, 1)).post(holds(shop)).then()
                .statusCode(400).body("error.details[0].field", equalTo("reference"));
        as(shop, WRITE).body(Map.of("reference", "order-8", "items", List.of())).post(holds(shop)).then()
                .statusCode(400).body("error.details[0].field", equalTo("items"));
        as(shop, WRITE).body(hold("order-8", item, 0)).post(holds(shop)).then()
                .statusCode(400).body("error.details[0].field", equalTo("items[0].quantity"));
        as(shop, WRITE).body(hold("order-8", item, 1, item, 2)).post(holds(shop)).then()
                .statusCode(400).body("error.details[0].field", equalTo("items[1].catalogue_item_id"));
        as(shop, WRITE).body(Map.of("reference", "order-8", "ttl", "P2D",
                "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 1)))).post(holds(shop)).then()
                .statusCode(400).body("error.details[0].field", equalTo("ttl"));
        as(shop, WRITE).body(Map.of("reference", "order-8", "ttl", "soon",
                "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 1)))).post(holds(shop)).then()
                .statusCode(400).body("error.details[0].field", equalTo("ttl"));
        as(shop, WRITE).post(holds(shop) + "/no-such-order/commit").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        as(shop, WRITE).post(holds(shop) + "/no-such-order/release").then().statusCode(404);
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void aDeletedItemTakesNoNewHoldsButItsHoldsStillCommit() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(hold("order-9", item, 3)).post(holds(shop)).then().statusCode(201);
        events.publish(in.haat.testinfra.TestEvents.CATALOGUE_TOPIC, "catalogue-item.deleted", shop.sellerId().toString(),
                Map.of("storefront_id", shop.storefrontId().toString(), "seller_id", shop.sellerId().toString(),
                        "catalogue_item_id", item.toString()));
        await().atMost(EVENTUAL).until(() -> as(shop, READ).get(shop.item(item)).statusCode() == 404);
        as(shop, WRITE).body(hold("order-10", item, 1)).post(holds(shop)).then().statusCode(422);
        as(shop, WRITE).post(holds(shop) + "/order-9/commit").then().statusCode(200);
        assertArrayEquals(new int[] {10, 0, 3, 7}, quantities(shop, item));
    }
}
