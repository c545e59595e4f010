package in.haat.inventory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** order-service's stock requests as it publishes them, and inventory-service's answers read from the outbox. */
abstract class OrderStockTestBase extends InventoryTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean ordersListening;

    @BeforeEach
    void awaitOrderConsumer() {
        if (ordersListening) {
            return;
        }
        Shop shop = newShop();
        UUID item = newItem(shop, 0);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String reference = "probe-" + UUID.randomUUID();
            request("order.stock-hold-requested", shop, reference, item, 1, "PT1M");
            Thread.sleep(1500);
            return answers(reference).size() > 0 || count("select count(*) from outbox_event where event_type = 'stock.hold-refused' and strpos(envelope, $1) > 0",
                    reference) > 0;
        });
        ordersListening = true;
    }

    void sendTogether(KafkaCompanion kafka, List<EventEnvelope> sent) {
        kafka.produceStrings().fromRecords(sent.stream().map(e -> new ProducerRecord<>(TestTopics.of("haat.order.events"), e.key(),
                codec.toJson(e))).toList()).awaitCompletion();
    }

    List<String> types(String reference) {
        return answers(reference).stream().map(a -> a.path("type").asText()).filter(t -> t.startsWith("stock.") && !t.equals("stock.changed")).toList();
    }

    void request(String type, Shop shop, String reference, Map<UUID, Integer> lines, String ttl) {
        EventEnvelope event = envelope(type, shop, reference, lines, ttl, false);
        events.publishRaw("haat.order.events", reference, codec.toJson(event));
    }

    /** A hold as order-service asks it at /init: without a time limit here, {@code ttl} only for older versions. */
    void holdUntilReleased(Shop shop, String reference, UUID item, int quantity) {
        EventEnvelope event = envelope("order.stock-hold-requested", shop, reference, Map.of(item, quantity), "PT1S", true);
        events.publishRaw("haat.order.events", reference, codec.toJson(event));
    }

    EventEnvelope envelope(String type, Shop shop, String reference, Map<UUID, Integer> lines, String ttl) {
        return envelope(type, shop, reference, lines, ttl, false);
    }

    EventEnvelope envelope(String type, Shop shop, String reference, Map<UUID, Integer> lines, String ttl, boolean untilReleased) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("storefront_id", shop.storefrontId().toString());
        payload.put("transaction_id", "txn-of-" + reference);
        payload.put("items", lines.entrySet().stream().map(l -> Map.of("catalogue_item_id", l.getKey().toString(), "quantity", l.getValue())).toList());
        payload.put("ttl", ttl);
        if (untilReleased) {
            payload.put("until_released", true);
        }
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), reference, TraceContext.newTrace(), codec.toPayload(payload));
    }

    void request(String type, Shop shop, String reference, UUID item, int quantity, String ttl) {
        request(type, shop, reference, Map.of(item, quantity), ttl);
    }

    List<JsonNode> answers(String reference) {
        List<JsonNode> found = new ArrayList<>();
        for (Row row : database.preparedQuery("select envelope from outbox_event where event_key = $1 order by id")
                .execute(Tuple.of(reference)).await().indefinitely()) {
            try {
                found.add(JSON.readTree(row.getString(0)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    JsonNode awaitAnswer(String reference, int n) {
        await().atMost(EVENTUAL).until(() -> answers(reference).size() >= n);
        return answers(reference).get(n - 1);
    }
}
