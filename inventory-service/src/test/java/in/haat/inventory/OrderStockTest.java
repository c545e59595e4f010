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

/**
 * order-service's stock requests on haat.order.events, as it publishes them: each is applied once and answered on
 * haat.inventory.events (read here from the outbox) in the same transaction; no more is ever committed than there is.
 */
@QuarkusTest
class OrderStockTest extends OrderStockTestBase {

    @Test
    void holdAtInitThenCommitAtConfirm() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        String reference = "txn." + UUID.randomUUID() + ".1";
        request("order.stock-hold-requested", shop, reference, item, 2, "PT15M");
        JsonNode held = awaitAnswer(reference, 1);
        assertEquals("stock.held", held.path("type").asText());
        assertTrue(held.path("payload").path("expires_at").isTextual());
        assertEquals("txn-of-" + reference, held.path("payload").path("transaction_id").asText());
        assertArrayEquals(new int[] {10, 2, 0, 8}, quantities(shop, item));

        request("order.stock-commit-requested", shop, reference, item, 2, null);
        JsonNode committed = awaitAnswer(reference, 2);
        assertEquals("stock.committed", committed.path("type").asText());
        assertEquals(reference, committed.path("payload").path("hold_reference").asText());
        assertArrayEquals(new int[] {10, 0, 2, 8}, quantities(shop, item));

        // Shipping takes the committed units off the shelf.
        request("order.stock-ship-requested", shop, "order.O-" + reference, item, 2, null);
        await().atMost(EVENTUAL).until(() -> quantities(shop, item)[0] == 8);
        assertArrayEquals(new int[] {8, 0, 0, 8}, quantities(shop, item));

        // Returned to origin and delivered back to the store: on hand and available again.
        request("order.stock-restock-requested", shop, "order.O-" + reference, item, 2, null);
        await().atMost(EVENTUAL).until(() -> quantities(shop, item)[0] == 10);
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void aHoldShortOfStockIsRefusedWithWhatIsAvailable() {
        Shop shop = newShop();
        UUID item = newItem(shop, 1);
        String reference = "txn." + UUID.randomUUID() + ".1";
        request("order.stock-hold-requested", shop, reference, item, 3, "PT15M");
        JsonNode refused = awaitAnswer(reference, 1);
        assertEquals("stock.hold-refused", refused.path("type").asText());
        assertEquals(item.toString(), refused.path("payload").path("shortfall").path(0).path("catalogue_item_id").asText());
        assertEquals(1, refused.path("payload").path("shortfall").path(0).path("available").asInt());
        assertArrayEquals(new int[] {1, 0, 0, 1}, quantities(shop, item));
    }

    @Test
    void aCommitAfterTheHoldExpiredTakesTheItemsAgainOrRefuses() {
        Shop shop = newShop();
        UUID item = newItem(shop, 5);
        String reference = "txn." + UUID.randomUUID() + ".1";
        request("order.stock-hold-requested", shop, reference, item, 2, "PT1S");
        awaitAnswer(reference, 1);
        await().atMost(EVENTUAL).until(() -> count("select count(*) from stock_hold where reference = $1 and status = 'expired'", reference) == 1);
        assertArrayEquals(new int[] {5, 0, 0, 5}, quantities(shop, item));

        request("order.stock-commit-requested", shop, reference, item, 2, null);
        JsonNode committed = awaitAnswer(reference, 2);
        assertEquals("stock.committed", committed.path("type").asText());
        assertEquals(reference + ":c", committed.path("payload").path("hold_reference").asText());
        assertArrayEquals(new int[] {5, 0, 2, 3}, quantities(shop, item));

        // A cancelled order gives its committed units back.
        request("order.stock-return-requested", shop, "order.O-" + reference, item, 2, null);
        await().atMost(EVENTUAL).until(() -> quantities(shop, item)[2] == 0);
        assertArrayEquals(new int[] {5, 0, 0, 5}, quantities(shop, item));
    }

    @Test
    void twoHundredConfirmsForAHundredInStockCommitExactlyAHundred() throws Exception {
        Shop shop = newShop();
        UUID item = newItem(shop, 100);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String reference = "txn." + batch + "-" + i + ".1";
            // Half confirm after a hold at /init, half with no hold at all (their /init was refused or expired).
            boolean holdFirst = i % 2 == 0;
            sent.add(pool.submit(() -> {
                if (holdFirst) {
                    request("order.stock-hold-requested", shop, reference, item, 1, "PT15M");
                }
                request("order.stock-commit-requested", shop, reference, item, 1, null);
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        String answered = "select count(*) from outbox_event where event_type = $1 and event_key like $2";
        await().atMost(Duration.ofSeconds(120)).until(() -> count(answered, "stock.committed", "txn." + batch + "-%")
                + count(answered, "stock.commit-refused", "txn." + batch + "-%") == 200);
        assertEquals(100, count(answered, "stock.committed", "txn." + batch + "-%"));
        assertEquals(100, count(answered, "stock.commit-refused", "txn." + batch + "-%"));
        int[] q = quantities(shop, item);
        assertEquals(100, q[2], "committed");
        assertEquals(0, q[3], "available");
    }

    @Test
    void requestsSentTogetherAreEachAnsweredOnceAndABadOneIsDeadLetteredAlone() {
        Shop shop = newShop();
        UUID x = newItem(shop, 3);
        UUID y = newItem(shop, 10);
        String run = "txn." + UUID.randomUUID() + ".";
        request("order.stock-hold-requested", shop, run + 0, Map.of(x, 1, y, 1), "PT15M");
        awaitAnswer(run + 0, 1);
        EventEnvelope hold1 = envelope("order.stock-hold-requested", shop, run + 1, Map.of(y, 2, x, 1), "PT15M");
        // In one poll: the /init hold committed, a hold (twice: a redelivery) then released, a hold short of stock
        // whatever the order of references (each keeps its own order, not the batch's), and one more hold; then an
        // unreadable request with a good one.
        List<EventEnvelope> together = List.of(hold1, envelope("order.stock-hold-requested", shop, run + 2, Map.of(x, 3), "PT15M"),
                envelope("order.stock-commit-requested", shop, run + 0, Map.of(x, 1, y, 1), null), hold1,
                envelope("order.stock-release-requested", shop, run + 1, Map.of(y, 2, x, 1), null),
                envelope("order.stock-hold-requested", shop, run + 4, Map.of(y, 1), "PT15M"));
        List<EventEnvelope> withABadOne = List.of(envelope("order.stock-hold-requested", shop, run + 3, Map.of(x, 0), "PT15M"),
                envelope("order.stock-hold-requested", shop, run + 5, Map.of(x, 1), "PT15M"));
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
            sendTogether(kafka, together);
            await().atMost(EVENTUAL).until(() -> types(run + 4).size() == 1);
            assertEquals(List.of("stock.held", "stock.committed"), types(run + 0));
            assertEquals(List.of("stock.held"), types(run + 1), "held once, then released without an answer");
            assertEquals(List.of("stock.hold-refused"), types(run + 2));
            assertTrue(answers(run + 2).get(0).path("payload").path("shortfall").path(0).path("available").asInt() < 3);
            assertEquals(List.of("stock.held"), types(run + 4));
            assertArrayEquals(new int[] {3, 0, 1, 2}, quantities(shop, x));
            assertArrayEquals(new int[] {10, 1, 1, 8}, quantities(shop, y));

            sendTogether(kafka, withABadOne);
            await().atMost(EVENTUAL).until(() -> dlq.getRecords().stream().anyMatch(r -> (run + 3).equals(r.key())));
            await().atMost(EVENTUAL).until(() -> types(run + 5).size() == 1);
            dlq.stop();
            assertEquals(List.of(), types(run + 3));
            assertEquals(List.of("stock.held"), types(run + 5));
            assertEquals(1, dlq.getRecords().stream().filter(r -> r.key().startsWith(run)).count(), "only the unreadable request");
        }
    }
}
