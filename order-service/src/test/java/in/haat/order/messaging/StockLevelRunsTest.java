package in.haat.order.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only each item's newest stock level of a run of stock.changed is applied; other events end a run. */
class StockLevelRunsTest {

    private static final String STOCK_CHANGED = "stock.changed";

    @Test
    void aRunKeepsEachItemsNewestLevelInItsFirstPlace() {
        EventEnvelope a1 = level("a", 1);
        EventEnvelope b1 = level("b", 1);
        EventEnvelope a2 = level("a", 2);
        EventEnvelope a3 = level("a", 3);
        assertEquals(List.of(a3, b1), StockLevelRuns.newestOfEachRun(List.of(a1, b1, a2, a3), STOCK_CHANGED));
    }

    @Test
    void anotherEventEndsTheRunSoItSeesTheLevelBeforeIt() {
        EventEnvelope a1 = level("a", 1);
        EventEnvelope held = event("stock.held", JsonNodeFactory.instance.objectNode().put("transaction_id", "t1"));
        EventEnvelope a2 = level("a", 2);
        assertEquals(List.of(a1, held, a2), StockLevelRuns.newestOfEachRun(List.of(a1, held, a2), STOCK_CHANGED));
    }

    @Test
    void theNewestIsTheHighestVersionNotTheLastPlace() {
        EventEnvelope a5 = level("a", 5);
        EventEnvelope a4 = level("a", 4);
        assertEquals(List.of(a5), StockLevelRuns.newestOfEachRun(List.of(a5, a4), STOCK_CHANGED));
    }

    @Test
    void theSameItemOfAnotherStorefrontIsAnotherRow() {
        EventEnvelope here = level("s1", "a", 1);
        EventEnvelope there = level("s2", "a", 1);
        assertEquals(List.of(here, there), StockLevelRuns.newestOfEachRun(List.of(here, there), STOCK_CHANGED));
    }

    private static EventEnvelope level(String item, long version) {
        return level("s1", item, version);
    }

    private static EventEnvelope level(String storefront, String item, long version) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("storefront_id", storefront)
                .put("catalogue_item_id", item).put("available", 10).put("version", version);
        return event(STOCK_CHANGED, payload);
    }

    private static EventEnvelope event(String type, ObjectNode payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), "k", null, payload);
    }
}
