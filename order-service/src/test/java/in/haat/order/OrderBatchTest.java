package in.haat.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * order-service's consumers read in batches, one transaction each (issue 15): events sent together are still each
 * applied once and in order per transaction and per item (stock levels and catalogue items alike), a repeated event
 * changes nothing, and an event that can never be applied is dead-lettered alone while the rest of its batch applies.
 */
@QuarkusTest
class OrderBatchTest extends OrderTestBase {

    private static final String REQUESTS = "haat.ondc.requests";
    private static final String INVENTORY = "haat.inventory.events";
    private static final String CATALOGUE = "haat.catalogue.events";

    @Test
    void transactionsSentTogetherAreEachAnsweredOnceAndInOrder() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Atta 5kg", "110", 500);
        List<String> txns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            txns.add(UUID.randomUUID().toString());
        }
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
            // Every /init at once, one of them twice (a redelivery), and a request without a transaction id among them.
            List<EventEnvelope> inits = new ArrayList<>();
            for (String txn : txns) {
                inits.add(buyerEvent("init", txn, JSON.createObjectNode().set("order", OrderFlowTest.initOrder(shop, item, 1)),
                        "1.2.0", "buyer.test.haat"));
            }
            EventEnvelope noTransaction = buyerEvent("init", "", JSON.createObjectNode().set("order",
                    OrderFlowTest.initOrder(shop, item, 1)), "1.2.0", "buyer.test.haat");
            List<EventEnvelope> sent = new ArrayList<>(inits);
            sent.add(5, noTransaction);
            sent.add(inits.get(3));
            publishTogether(kafka, REQUESTS, sent);

            // Every hold held at once, one answer twice.
            List<EventEnvelope> held = new ArrayList<>();
            for (String txn : txns) {
                held.add(answerEvent("stock.held", stockRequest(txn, "order.stock-hold-requested", 1), List.of()));
            }
            held.add(held.get(7));
            publishTogether(kafka, INVENTORY, held);
            List<EventEnvelope> confirms = new ArrayList<>();
            for (int i = 0; i < txns.size(); i++) {
                JsonNode onInit = result(txns.get(i), 1);
                assertEquals("on_init", onInit.path("action").asText());
                assertEquals(inits.get(i).payload().path("context").path("message_id").asText(), onInit.path("request_message_id").asText());
                confirms.add(buyerEvent("confirm", txns.get(i), JSON.createObjectNode().set("order",
                        OrderFlowTest.confirmOrder("O-" + txns.get(i), onInit.path("message").path("order"))), "1.2.0", "buyer.test.haat"));
            }
            publishTogether(kafka, REQUESTS, confirms);

            List<EventEnvelope> committed = new ArrayList<>();
            for (String txn : txns) {
                committed.add(answerEvent("stock.committed", stockRequest(txn, "order.stock-commit-requested", 1), List.of()));
            }
            publishTogether(kafka, INVENTORY, committed);
            for (String txn : txns) {
                JsonNode onConfirm = result(txn, 2);
                assertEquals("on_confirm", onConfirm.path("action").asText(), onConfirm.toString());
                assertEquals("O-" + txn, onConfirm.path("message").path("order").path("id").asText());
            }
            // The repeats came before each transaction's later steps on its partition, so they are settled by now.
            for (String txn : txns) {
                assertEquals(1, published("haat.order.events", stockRequest(txn, "order.stock-hold-requested", 1).path("reference").asText(),
                        "order.stock-hold-requested").size(), "one hold asked for " + txn);
                assertEquals(2, published("haat.ondc.responses", txn, "ondc.result").size(), "on_init and on_confirm once");
                assertEquals(1, count("select count(*) from seller_order where id = $1", "O-" + txn));
            }
            await().atMost(EVENTUAL).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().contains(noTransaction.id().toString())));
            dlq.stop();
            assertEquals(0, count("select count(*) from processed_event where event_id = $1", noTransaction.id()));
        }
    }

    @Test
    void stockLevelsSentTogetherKeepEachItemsNewestAndABadOneIsDeadLetteredAlone() {
        UUID storefront = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<EventEnvelope> good = List.of(level(storefront, a, 10, 1), level(storefront, b, 5, 1), level(storefront, a, 30, 3),
                level(storefront, a, 20, 2), level(storefront, c, 7, 1), level(storefront, b, 6, 2));
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("storefront_id", "not-a-uuid");
        bad.put("catalogue_item_id", a.toString());
        bad.put("available", 99);
        bad.put("version", 9);
        EventEnvelope unreadable = envelope("stock.changed", storefront + ":" + a, bad);
        List<EventEnvelope> sent = new ArrayList<>(good);
        sent.add(3, unreadable);
        // Last on each item's partition, a level of a row of its own: once those are there, everything before them was read.
        UUID last = UUID.randomUUID();
        for (UUID item : List.of(a, b, c)) {
            sent.add(envelope("stock.changed", storefront + ":" + item, Map.of("storefront_id", last.toString(),
                    "catalogue_item_id", item.toString(), "available", 1, "version", 1)));
        }
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
            publishTogether(kafka, INVENTORY, sent);
            await().atMost(EVENTUAL).until(() -> count("select count(*) from item_stock where storefront_id = $1", last) == 3);
            UUID[] ids = good.stream().map(EventEnvelope::id).toArray(UUID[]::new);
            assertEquals(0, count("select count(*) from processed_event where event_id = any($1)", (Object) ids),
                    "a level carries its version: applied again it changes nothing, so it is not marked");
            assertEquals(30, available(storefront, a), "version 3 stays; the older version 2 after it changes nothing");
            assertEquals(6, available(storefront, b));
            assertEquals(7, available(storefront, c));
            await().atMost(EVENTUAL).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().contains(unreadable.id().toString())));
            dlq.stop();
            assertEquals(1, dlq.getRecords().stream().filter(r -> r.value().contains(storefront.toString())).count(),
                    "only the unreadable level");
        }
    }

    @Test
    void itemUpsertsSentTogetherKeepEachItemsNewestAndABadOneIsDeadLetteredAlone() {
        UUID storefront = UUID.randomUUID();
        UUID seller = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Instant t = Instant.now().minusSeconds(60);
        // a three times (the last one older than the one before it), b deleted and then upserted by an older event.
        List<EventEnvelope> good = List.of(upsert(storefront, seller, a, "a1", t), upsert(storefront, seller, b, "b1", t),
                upsert(storefront, seller, a, "a3", t.plusSeconds(3)), upsert(storefront, seller, a, "a2", t.plusSeconds(2)),
                upsert(storefront, seller, c, "c1", t), deleted(storefront, b, t.plusSeconds(5)),
                upsert(storefront, seller, b, "b4", t.plusSeconds(4)));
        Map<String, Object> bad = itemPayload("not-a-uuid", seller, a, "bad");
        EventEnvelope unreadable = new EventEnvelope(UUID.randomUUID(), "catalogue-item.upserted", 1, t.plusSeconds(9),
                storefront + ":" + a, TraceContext.newTrace(), codec.toPayload(bad));
        List<EventEnvelope> sent = new ArrayList<>(good);
        sent.add(2, unreadable);
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(TestTopics.of("haat.dlq"));
            publishTogether(kafka, CATALOGUE, sent);
            UUID[] ids = good.stream().map(EventEnvelope::id).toArray(UUID[]::new);
            await().atMost(EVENTUAL).until(() -> count("select count(*) from catalogue_item where storefront_id = $1", storefront) == 3
                    && dlq.getRecords().stream().anyMatch(r -> r.value().contains(unreadable.id().toString())));
            assertEquals(0, count("select count(*) from processed_event where event_id = any($1)", (Object) ids),
                    "an item event carries its time: applied again it changes nothing, so it is not marked");
            assertEquals("a3 false", item(storefront, a), "the newest of a stays; the older a2 after it changes nothing");
            assertEquals("b1 true", item(storefront, b), "deleted, and the older upsert after the deletion changes nothing");
            assertEquals("c1 false", item(storefront, c));
            await().atMost(EVENTUAL).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().contains(unreadable.id().toString())));
            dlq.stop();
            assertEquals(1, dlq.getRecords().stream().filter(r -> r.value().contains(a.toString())).count(), "only the unreadable item");
        }
    }

    @Test
    void copiesOfCatalogueEventsChangeNothingAndADeletedStorefrontsItemsStayDeleted() {
        UUID storefront = UUID.randomUUID();
        UUID seller = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        Instant t = Instant.now().minusSeconds(60);
        EventEnvelope upsertKept = keyed(storefront, upsert(storefront, seller, kept, "kept", t));
        EventEnvelope upsertLate = keyed(storefront, upsert(storefront, seller, late, "late", t.plusSeconds(3)));
        EventEnvelope storefrontDeleted = new EventEnvelope(UUID.randomUUID(), "storefront.deleted", 1, t.plusSeconds(2),
                storefront.toString(), TraceContext.newTrace(), codec.toPayload(Map.of("storefront_id", storefront.toString(),
                        "seller_id", seller.toString())));
        UUID sentinel = UUID.randomUUID();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            publishTogether(kafka, CATALOGUE, List.of(upsertKept, storefrontDeleted, upsertLate));
            await().atMost(EVENTUAL).until(() -> count("select count(*) from catalogue_item where storefront_id = $1", storefront) == 2);
            assertEquals("kept true", item(storefront, kept));
            assertEquals("late false", item(storefront, late), "upserted after the deletion");

            // Copies of the first two after what followed them (a relay that crashed between the broker's acknowledgement
            // and its stamp sends its rows again), then one more item: read after them, so once it is there they were applied.
            publishTogether(kafka, CATALOGUE, List.of(upsertKept, storefrontDeleted,
                    keyed(storefront, upsert(storefront, seller, sentinel, "sentinel", t.plusSeconds(4)))));
            await().atMost(EVENTUAL).until(() -> count("select count(*) from catalogue_item where storefront_id = $1", storefront) == 3);
            assertEquals("kept true", item(storefront, kept), "an older upsert of a deleted storefront's item brings nothing back");
            assertEquals("late false", item(storefront, late), "the deletion applied again spares the newer item");
            assertEquals(0, count("select count(*) from processed_event where event_id = any($1)",
                    (Object) new UUID[] {upsertKept.id(), upsertLate.id(), storefrontDeleted.id()}));
        }
    }

    /** The event under the storefront's key, so that all of them are read in the order sent (as one seller's are). */
    private static EventEnvelope keyed(UUID storefront, EventEnvelope e) {
        return new EventEnvelope(e.id(), e.type(), e.version(), e.occurredAt(), storefront.toString(), e.trace(), e.payload());
    }

    private EventEnvelope upsert(UUID storefront, UUID seller, UUID item, String name, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), "catalogue-item.upserted", 1, at, storefront + ":" + item, TraceContext.newTrace(),
                codec.toPayload(itemPayload(storefront.toString(), seller, item, name)));
    }

    private EventEnvelope deleted(UUID storefront, UUID item, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), "catalogue-item.deleted", 1, at, storefront + ":" + item, TraceContext.newTrace(),
                codec.toPayload(Map.of("storefront_id", storefront.toString(), "catalogue_item_id", item.toString())));
    }

    private static Map<String, Object> itemPayload(String storefront, UUID seller, UUID item, String name) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("storefront_id", storefront);
        payload.put("seller_id", seller.toString());
        payload.put("catalogue_item_id", item.toString());
        payload.put("catalogue_item_details", Map.of("name", name));
        return payload;
    }

    /** The item's name and whether it is deleted, as order-service holds it. */
    private String item(UUID storefront, UUID item) {
        Row row = database.preparedQuery("select document->'catalogue_item_details'->>'name' as name, deleted from catalogue_item "
                + "where storefront_id = $1 and catalogue_item_id = $2").execute(Tuple.of(storefront, item)).await().indefinitely()
                .iterator().next();
        return row.getString("name") + " " + row.getBoolean("deleted");
    }

    private EventEnvelope level(UUID storefront, UUID item, int available, long version) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("storefront_id", storefront.toString());
        payload.put("catalogue_item_id", item.toString());
        payload.put("available", available);
        payload.put("version", version);
        return envelope("stock.changed", storefront + ":" + item, payload);
    }

    private long available(UUID storefront, UUID item) {
        return count("select available from item_stock where storefront_id = $1 and catalogue_item_id = $2", storefront, item);
    }

    /** Sends the events in one go (so they come in few polls), each keyed as its producer keys it, in list order. */
    private void publishTogether(KafkaCompanion kafka, String topic, List<EventEnvelope> sent) {
        kafka.produceStrings().fromRecords(sent.stream().map(e -> new ProducerRecord<>(TestTopics.of(topic), e.key(), codec.toJson(e))).toList())
                .awaitCompletion();
    }
}
