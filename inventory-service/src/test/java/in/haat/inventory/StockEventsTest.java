package in.haat.inventory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Every stock change reaches haat.inventory.events as stock.changed, keyed by storefront and item, in order. */
@QuarkusTest
class StockEventsTest extends InventoryTestBase {

    @Test
    void eachChangeIsPublishedWithTheNewQuantitiesItsCauseAndReference() {
        Shop shop = newShop();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics(TestTopics.of("haat.inventory.events"));
            try {
                UUID item = newItem(shop, "GM", 300, 10);
                String key = shop.storefrontId() + ":" + item;
                as(shop, WRITE).body(Map.of("quantity", 20)).put(shop.item(item)).then().statusCode(200);
                as(shop, WRITE).body(Map.of("delta", -2, "reason", "damaged", "reference", "note-4")).post(shop.item(item) + "/adjustments")
                        .then().statusCode(200);
                String holds = shop.base() + "/inventory/holds";
                as(shop, WRITE).body(Map.of("reference", "order-e1", "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 5))))
                        .post(holds).then().statusCode(201);
                as(shop, WRITE).post(holds + "/order-e1/commit").then().statusCode(200);
                as(shop, WRITE).body(Map.of("reference", "order-e2", "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 1))))
                        .post(holds).then().statusCode(201);
                as(shop, WRITE).post(holds + "/order-e2/release").then().statusCode(200);
                // A refused change publishes nothing.
                as(shop, WRITE).body(Map.of("quantity", 1)).put(shop.item(item)).then().statusCode(409);

                await().atMost(EVENTUAL).until(() -> ofKey(topic, key).size() >= 7);
                List<EventEnvelope> published = ofKey(topic, key).stream().map(r -> codec.fromJson(r.value())).toList();
                assertEquals(List.of("set", "set", "adjust", "hold", "commit", "hold", "release"),
                        published.stream().map(e -> e.payload().get("cause").asText()).toList());
                published.forEach(e -> {
                    assertEquals("stock.changed", e.type());
                    assertEquals(1, e.version());
                    assertEquals(key, e.key());
                });
                assertQuantities(published.get(0).payload(), 10, 0, 0, 10);
                assertQuantities(published.get(1).payload(), 20, 0, 0, 20);
                assertQuantities(published.get(2).payload(), 18, 0, 0, 18);
                assertQuantities(published.get(3).payload(), 18, 5, 0, 13);
                assertQuantities(published.get(4).payload(), 18, 0, 5, 13);
                assertQuantities(published.get(5).payload(), 18, 1, 5, 12);
                assertQuantities(published.get(6).payload(), 18, 0, 5, 13);
                JsonNode adjust = published.get(2).payload();
                assertEquals("damaged", adjust.get("reason").asText());
                assertEquals("note-4", adjust.get("reference").asText());
                assertEquals("order-e1", published.get(4).payload().get("reference").asText());
                assertNull(published.get(1).payload().get("reference").textValue());
                JsonNode first = published.get(0).payload();
                assertEquals("GM", first.get("unit").get("denomination").asText());
                assertEquals(300, first.get("unit").get("value").asInt());
                assertEquals(shop.sellerId().toString(), first.get("seller_id").asText());
                assertEquals(shop.storefrontId().toString(), first.get("storefront_id").asText());
                assertEquals(item.toString(), first.get("catalogue_item_id").asText());
                // Versions rise with every change, so a reader can drop an older state.
                for (int i = 1; i < published.size(); i++) {
                    assertEquals(published.get(i - 1).payload().get("version").asLong() + 1,
                            published.get(i).payload().get("version").asLong());
                }
                assertEquals(7, ofKey(topic, key).size(), "nothing for the refused change");
            } finally {
                topic.stop();
            }
        }
    }

    @Test
    void anExpiredHoldIsPublishedAsExpire() {
        Shop shop = newShop();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics(TestTopics.of("haat.inventory.events"));
            try {
                UUID item = newItem(shop, "EA", 1, 3);
                String key = shop.storefrontId() + ":" + item;
                as(shop, WRITE).body(Map.of("reference", "order-x", "ttl", "PT1S",
                        "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 2))))
                        .post(shop.base() + "/inventory/holds").then().statusCode(201);
                await().atMost(EVENTUAL).until(() -> ofKey(topic, key).size() >= 3);
                JsonNode expired = codec.fromJson(ofKey(topic, key).get(2).value()).payload();
                assertEquals("expire", expired.get("cause").asText());
                assertEquals("order-x", expired.get("reference").asText());
                assertQuantities(expired, 3, 0, 0, 3);
            } finally {
                topic.stop();
            }
        }
    }

    private static List<ConsumerRecord<String, String>> ofKey(ConsumerTask<String, String> topic, String key) {
        return topic.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }

    private static void assertQuantities(JsonNode payload, int onHand, int held, int committed, int available) {
        assertEquals(List.of(onHand, held, committed, available), List.of(payload.get("on_hand").asInt(),
                payload.get("held").asInt(), payload.get("committed").asInt(), payload.get("available").asInt()), payload.toString());
    }
}
