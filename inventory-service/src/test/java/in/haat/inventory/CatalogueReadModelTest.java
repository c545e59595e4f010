package in.haat.inventory;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.events.EventEnvelope;
import in.haat.testinfra.TestEvents;
import in.haat.testinfra.TestTopics;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Storefronts and catalogue items as inventory-service learns them from catalogue-service's events: applied
 * once, unknown fields ignored, deletions honoured, unreadable events dead-lettered without holding up the next.
 */
@QuarkusTest
class CatalogueReadModelTest extends InventoryTestBase {

    @Test
    void aNewItemGetsStockWithTheCataloguesUnitAndQuantityAndLaterUpsertsKeepTheStock() {
        Shop shop = newShop();
        UUID item = newItem(shop, "KG", 1, 40);
        as(shop, READ).get(shop.item(item)).then().statusCode(200)
                .body("on_hand", equalTo(40)).body("unit_denomination", equalTo("KG")).body("unit_value", equalTo(1));
        as(shop, WRITE).body(Map.of("delta", -5, "reason", "sold offline")).post(shop.item(item) + "/adjustments").then().statusCode(200);

        // A later upsert (a new price, say) resends the catalogue's old quantity: stock is the inventory API's now.
        long written = rowVersion(shop, item);
        EventEnvelope again = publishItem(shop, item, "KG", 1, 40);
        awaitApplied(again);
        assertArrayEquals(new int[] {35, 0, 0, 35}, quantities(shop, item));
        assertEquals(written, rowVersion(shop, item), "an upsert that changes nothing of the stock row does not write it");
        // The unit follows the catalogue.
        awaitApplied(publishItem(shop, item, "GM", 500, 40));
        as(shop, READ).get(shop.item(item)).then().body("unit_denomination", equalTo("GM")).body("unit_value", equalTo(500))
                .body("on_hand", equalTo(35));
    }

    /** The transaction that last wrote the item's stock row (PostgreSQL's xmin): changes when the row is written. */
    private long rowVersion(Shop shop, UUID item) {
        return count("select xmin::text::bigint from stock_level where storefront_id = $1 and catalogue_item_id = $2",
                shop.storefrontId(), item);
    }

    @Test
    void anItemWithoutAQuantityStartsAtZeroAndTopLevelUnitFieldsAreRead() {
        Shop shop = newShop();
        UUID item = UUID.randomUUID();
        events.publish(TestEvents.CATALOGUE_TOPIC, "catalogue-item.upserted", shop.sellerId().toString(), Map.of(
                "storefront_id", shop.storefrontId().toString(), "seller_id", shop.sellerId().toString(),
                "catalogue_item_id", item.toString(), "unit_denomination", "ml", "unit_value", 250,
                "something_new", Map.of("catalogue", "may add fields")));
        awaitItem(shop, item);
        as(shop, READ).get(shop.item(item)).then().statusCode(200)
                .body("on_hand", equalTo(0)).body("unit_denomination", equalTo("ML")).body("unit_value", equalTo(250));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        Shop shop = newShop();
        UUID item = UUID.randomUUID();
        EventEnvelope created = publishItem(shop, item, "GM", 300, 10);
        events.publishRaw(TestEvents.CATALOGUE_TOPIC, shop.sellerId().toString(), codec.toJson(created));
        awaitItem(shop, item);
        awaitApplied(publishItem(shop, UUID.randomUUID(), "GM", 300, 1));
        assertEquals(1, count("select count(*) from processed_event where event_id = $1", created.id()));
        assertEquals(1, count("select count(*) from outbox_event where event_key = $1", shop.storefrontId() + ":" + item),
                "one stock.changed for the new item, not two");
    }

    @Test
    void aDeletedItemAndADeletedStorefrontAre404() {
        Shop shop = newShop();
        UUID kept = newItem(shop, 5);
        UUID deleted = newItem(shop, 5);
        awaitApplied(events.publish(TestEvents.CATALOGUE_TOPIC, "catalogue-item.deleted", shop.sellerId().toString(),
                Map.of("storefront_id", shop.storefrontId().toString(), "seller_id", shop.sellerId().toString(),
                        "catalogue_item_id", deleted.toString())));
        as(shop, READ).get(shop.item(deleted)).then().statusCode(404);
        as(shop, WRITE).body(Map.of("quantity", 1)).put(shop.item(deleted)).then().statusCode(404);
        as(shop, READ).get(shop.base() + "/inventory").then().statusCode(200)
                .body("items.catalogue_item_id", contains(kept.toString()));
        // Upserted again, the item is back with the stock it had.
        awaitApplied(publishItem(shop, deleted, "GM", 300, 99));
        as(shop, READ).get(shop.item(deleted)).then().statusCode(200).body("on_hand", equalTo(5));

        awaitApplied(events.publish(TestEvents.CATALOGUE_TOPIC, "storefront.deleted", shop.sellerId().toString(),
                Map.of("storefront_id", shop.storefrontId().toString(), "seller_id", shop.sellerId().toString())));
        as(shop, READ).get(shop.base() + "/inventory").then().statusCode(404);
        as(shop, READ).get(shop.item(kept)).then().statusCode(404);
        as(shop, WRITE).body(Map.of("quantity", 1)).put(shop.item(kept)).then().statusCode(404);
        // Its items went with it: the seller's own list no longer shows them.
        assertEquals(0, count("select count(*) from stock_level where storefront_id = $1 and deleted_at is null", shop.storefrontId()));
    }

    @Test
    void unreadableEventsAreDeadLetteredAndDoNotHoldUpTheNext() {
        Shop shop = newShop();
        String key = shop.sellerId().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
            try {
                events.publish(TestEvents.CATALOGUE_TOPIC, "catalogue-item.upserted", key,
                        Map.of("seller_id", key, "catalogue_item_id", UUID.randomUUID().toString()));
                events.publish(TestEvents.CATALOGUE_TOPIC, "storefront.upserted", key, Map.of("storefront_id", "not-a-uuid"));
                EventEnvelope v2 = new EventEnvelope(UUID.randomUUID(), "storefront.deleted", 2, java.time.Instant.now(), key,
                        Map.of(), codec.toPayload(Map.of("storefront_id", shop.storefrontId().toString(), "seller_id", key)));
                events.publishRaw(TestEvents.CATALOGUE_TOPIC, key, codec.toJson(v2));
                UUID behind = newItem(shop, "GM", 300, 3);
                assertArrayEquals(new int[] {3, 0, 0, 3}, quantities(shop, behind));
                // The version 2 deletion was not half-applied.
                as(shop, READ).get(shop.base() + "/inventory").then().statusCode(200);
                // seller.created on the same topic (the gateway's search reads it there) is just skipped here, not dead-lettered.
                await().atMost(EVENTUAL).until(() -> dlq.getRecords().stream().filter(r -> key.equals(r.key())).count() >= 2);
                Thread.sleep(1000);
                assertEquals(3, dlq.getRecords().stream().filter(r -> key.equals(r.key())).count());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                dlq.stop();
            }
        }
    }

    @Test
    void aStorefrontsStockIsListedInPages() {
        Shop shop = newShop();
        for (int i = 0; i < 5; i++) {
            publishItem(shop, UUID.randomUUID(), "EA", 1, i);
        }
        await().atMost(EVENTUAL).until(() -> count("select count(*) from stock_level where storefront_id = $1", shop.storefrontId()) == 5);
        String cursor = as(shop, READ).queryParam("limit", 3).get(shop.base() + "/inventory").then().statusCode(200)
                .body("items", hasSize(3)).body("next_cursor", notNullValue()).extract().path("next_cursor");
        as(shop, READ).queryParam("limit", 3).queryParam("cursor", cursor).get(shop.base() + "/inventory").then()
                .statusCode(200).body("items", hasSize(2)).body("next_cursor", nullValue());
        as(shop, READ).queryParam("limit", 0).get(shop.base() + "/inventory").then()
                .statusCode(400).body("error.details[0].field", equalTo("limit"));
        as(shop, READ).queryParam("cursor", "nope").get(shop.base() + "/inventory").then()
                .statusCode(400).body("error.details[0].field", equalTo("cursor"));
        // The seller-level list shows the same stock once the seller directory knows the seller.
        events.sellerCreated(shop.sellerId(), shop.partnerId(), "Asha Stores");
        await().atMost(EVENTUAL).until(() -> as(shop, READ).get("/api/sellers/" + shop.sellerId() + "/stock").statusCode() == 200);
        as(shop, READ).get("/api/sellers/" + shop.sellerId() + "/stock").then().body("items", hasSize(5))
                .body("items[0].storefront_id", equalTo(shop.storefrontId().toString()));
    }

    /**
     * Events arrive in batches, one transaction each, a run of new items in one statement (issue 15): every item still
     * gets one stock row and one stock.changed, and an item's upsert, delete and upsert again keep their order.
     */
    @Test
    void aBurstOfItemEventsGivesEachItemOneStockRowAndOneStockChangedInOrder() {
        Shop shop = newShop();
        java.util.List<UUID> items = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            UUID item = UUID.randomUUID();
            items.add(item);
            publishItem(shop, item, "GM", 100 + i, i % 7);
        }
        UUID revived = items.get(0);
        UUID removed = items.get(1);
        Map<String, Object> revivedIds = Map.of("storefront_id", shop.storefrontId().toString(), "catalogue_item_id", revived.toString());
        events.publish(TestEvents.CATALOGUE_TOPIC, "catalogue-item.deleted", shop.sellerId().toString(), revivedIds);
        publishItem(shop, revived, "KG", 2, 99);
        events.publish(TestEvents.CATALOGUE_TOPIC, "catalogue-item.deleted", shop.sellerId().toString(),
                Map.of("storefront_id", shop.storefrontId().toString(), "catalogue_item_id", removed.toString()));
        awaitApplied(publishItem(shop, UUID.randomUUID(), "GM", 1, 1));

        for (int i = 0; i < items.size(); i++) {
            UUID item = items.get(i);
            assertEquals(1, count("select count(*) from stock_level where storefront_id = $1 and catalogue_item_id = $2",
                    shop.storefrontId(), item));
            assertEquals(i % 7, quantities(shop, item)[0], "the first quantity of item " + i);
            assertEquals(1, count("select count(*) from outbox_event where event_type = 'stock.changed' and event_key = $1",
                    shop.storefrontId() + ":" + item), "one stock.changed for item " + i);
        }
        as(shop, READ).get(shop.item(revived)).then().statusCode(200).body("unit_denomination", equalTo("KG"))
                .body("unit_value", equalTo(2)).body("on_hand", equalTo(0));
        as(shop, READ).get(shop.item(removed)).then().statusCode(404);
    }

    private void awaitApplied(EventEnvelope event) {
        await().atMost(EVENTUAL).until(() -> count("select count(*) from processed_event where event_id = $1", event.id()) == 1);
    }
}
