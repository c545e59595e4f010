package in.haat.gateway.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.testinfra.KafkaCompanionTest;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read model's feeds take events in batches, a run of items (or stock) in one statement (issue 15): a burst of
 * events sent together leaves every item as its last event says, an item's later version and its delete winning
 * over what came before them in the same burst.
 */
@QuarkusTest
class FeedBatchTest extends KafkaCompanionTest {

    private static final int ITEMS = 150;

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    private SearchFixtures fixtures;

    @BeforeEach
    void start() {
        fixtures = new SearchFixtures(codec, json, database, kafka);
    }

    @Test
    void aBurstOfItemAndStockEventsLeavesEachItemAsItsLastEventSays() {
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        fixtures.storefront(SearchFixtures.storefront(seller, storefront));
        fixtures.stock(seller, UUID.randomUUID(), UUID.randomUUID(), 1); // the stock consumer listens (it reads from now on)
        List<UUID> items = new ArrayList<>();
        List<ProducerRecord<String, String>> catalogue = new ArrayList<>();
        List<ProducerRecord<String, String>> stock = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            UUID item = UUID.randomUUID();
            items.add(item);
            catalogue.add(event("haat.catalogue.events", seller.toString(), "catalogue-item.upserted",
                    SearchFixtures.item(seller, storefront, item, "Batch item " + i, 100 + i)));
            stock.add(event("haat.inventory.events", storefront + ":" + item, "stock.changed", stock(seller, storefront, item, 7)));
        }
        UUID renamed = items.get(0);
        UUID deleted = items.get(1);
        UUID soldOut = items.get(2);
        catalogue.add(event("haat.catalogue.events", seller.toString(), "catalogue-item.upserted",
                SearchFixtures.item(seller, storefront, renamed, "Batch item renamed", 99)));
        catalogue.add(event("haat.catalogue.events", seller.toString(), "catalogue-item.deleted", Map.of("storefront_id",
                storefront.toString(), "seller_id", seller.toString(), "catalogue_item_id", deleted.toString())));
        stock.add(event("haat.inventory.events", storefront + ":" + soldOut, "stock.changed", stock(seller, storefront, soldOut, 0)));
        kafka.produceStrings().fromRecords(catalogue).awaitCompletion();
        kafka.produceStrings().fromRecords(stock).awaitCompletion();

        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from search_item where storefront_id = $1 "
                + "and (deleted_at is not null or catalogue_item_id <> $2)", storefront, deleted) == ITEMS
                && count("select count(*) from search_stock where storefront_id = $1 and (available = 0 or catalogue_item_id <> $2)",
                        storefront, soldOut) == ITEMS);
        assertEquals(1, count("select count(*) from search_item where storefront_id = $1 and catalogue_item_id = $2 "
                + "and name = 'Batch item renamed' and deleted_at is null", storefront, renamed));
        assertEquals(1, count("select count(*) from search_item where storefront_id = $1 and catalogue_item_id = $2 "
                + "and deleted_at is not null", storefront, deleted));
        assertEquals(ITEMS - 1, count("select count(*) from search_stock where storefront_id = $1 and available = 7 "
                + "and catalogue_item_id <> $2", storefront, soldOut));
    }

    /**
     * Catalogue events carry their time and take no processed-event mark: copies arriving after what followed them (a
     * relay that crashed between the broker's acknowledgement and its stamp sends its rows again) change nothing.
     */
    @Test
    void copiesOfCatalogueEventsChangeNothing() {
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        Instant t = Instant.now().minusSeconds(60);
        String key = seller.toString();
        fixtures.storefront(SearchFixtures.storefront(seller, UUID.randomUUID())); // the feed listens (it reads from now on)
        EventEnvelope upsertGone = envelope(key, "catalogue-item.upserted", SearchFixtures.item(seller, storefront, gone, "Gone", 100), t);
        EventEnvelope deleteGone = envelope(key, "catalogue-item.deleted", Map.of("storefront_id", storefront.toString(),
                "seller_id", key, "catalogue_item_id", gone.toString()), t.plusSeconds(1));
        EventEnvelope upsertKept = envelope(key, "catalogue-item.upserted", SearchFixtures.item(seller, storefront, kept, "Kept", 100), t);
        EventEnvelope deleteStorefront = envelope(key, "storefront.deleted", Map.of("storefront_id", storefront.toString(),
                "seller_id", key), t.plusSeconds(2));
        EventEnvelope upsertLate = envelope(key, "catalogue-item.upserted", SearchFixtures.item(seller, storefront, late, "Late", 100),
                t.plusSeconds(3));
        List<EventEnvelope> first = List.of(upsertGone, deleteGone, upsertKept, deleteStorefront, upsertLate);
        send(first);
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from search_item where storefront_id = $1 "
                + "and catalogue_item_id = $2 and deleted_at is null", storefront, late) == 1);

        UUID sentinel = UUID.randomUUID();
        send(List.of(upsertGone, upsertKept, deleteStorefront,
                envelope(key, "catalogue-item.upserted", SearchFixtures.item(seller, storefront, sentinel, "Sentinel", 100), t.plusSeconds(4))));
        // Read after the copies, so once it is there they were applied.
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from search_item where storefront_id = $1 "
                + "and catalogue_item_id = $2", storefront, sentinel) == 1);
        assertEquals(1, count("select count(*) from search_item where storefront_id = $1 and catalogue_item_id = $2 "
                + "and deleted_at is not null", storefront, gone), "a deleted item stays deleted");
        assertEquals(1, count("select count(*) from search_item where storefront_id = $1 and catalogue_item_id = $2 "
                + "and deleted_at is not null", storefront, kept), "a deleted storefront's item stays deleted");
        assertEquals(1, count("select count(*) from search_item where storefront_id = $1 and catalogue_item_id = $2 "
                + "and deleted_at is null", storefront, late), "the storefront's deletion spares an item newer than it");
        UUID[] ids = first.stream().map(EventEnvelope::id).toArray(UUID[]::new);
        assertEquals(0, database.preparedQuery("select count(*) from processed_event where event_id = any($1)")
                .execute(Tuple.of(ids)).await().indefinitely().iterator().next().getLong(0), "applied again they change nothing: no marks");
    }

    private EventEnvelope envelope(String key, String type, Object payload, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, at, key, TraceContext.newTrace(), json.valueToTree(payload));
    }

    private void send(List<EventEnvelope> events) {
        kafka.produceStrings().fromRecords(events.stream().map(e -> new ProducerRecord<>(TestTopics.of("haat.catalogue.events"),
                e.key(), codec.toJson(e))).toList()).awaitCompletion();
    }

    private static Map<String, Object> stock(UUID seller, UUID storefront, UUID item, int available) {
        return Map.of("storefront_id", storefront, "catalogue_item_id", item, "seller_id", seller, "on_hand", available,
                "held", 0, "committed", 0, "available", available);
    }

    private ProducerRecord<String, String> event(String topic, String key, String type, Object payload) {
        return new ProducerRecord<>(TestTopics.of(topic), key, codec.toJson(new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), key,
                TraceContext.newTrace(), json.valueToTree(payload))));
    }

    private long count(String sql, Object first, Object second) {
        return database.preparedQuery(sql).execute(Tuple.of(first, second)).await().indefinitely().iterator().next().getLong(0);
    }
}
