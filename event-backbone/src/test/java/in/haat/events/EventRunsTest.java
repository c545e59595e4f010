package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventRuns.Step;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch's runs: each row once per run, in order; with an age, only each row's newest event of a run. */
class EventRunsTest {

    private static final String LEVEL = "stock.changed";
    private static final Comparator<EventEnvelope> BY_VERSION = Comparator.comparingLong(e -> e.payload().path("version").asLong());

    @Test
    void aRepeatedRowStartsTheNextRunSoEveryEventApplies() {
        EventEnvelope a1 = level("a", 1);
        EventEnvelope b1 = level("b", 1);
        EventEnvelope a2 = level("a", 2);
        assertEquals(List.of(run(a1, b1), run(a2)), steps(List.of(a1, b1, a2), null));
    }

    @Test
    void withAnAgeARunKeepsEachRowsNewestEventInItsFirstPlace() {
        EventEnvelope a1 = level("a", 1);
        EventEnvelope b1 = level("b", 1);
        EventEnvelope a2 = level("a", 2);
        EventEnvelope a3 = level("a", 3);
        assertEquals(List.of(run(a3, b1)), steps(List.of(a1, b1, a2, a3), BY_VERSION));
    }

    @Test
    void anotherEventEndsTheRunAndGoesAloneSoItSeesTheRowsBeforeIt() {
        EventEnvelope a1 = level("a", 1);
        EventEnvelope held = event("stock.held", JsonNodeFactory.instance.objectNode().put("transaction_id", "t1"));
        EventEnvelope a2 = level("a", 2);
        assertEquals(List.of(run(a1), new Step(null, held), run(a2)), steps(List.of(a1, held, a2), BY_VERSION));
    }

    @Test
    void theNewestIsByAgeNotByPlace() {
        EventEnvelope a5 = level("a", 5);
        EventEnvelope a4 = level("a", 4);
        assertEquals(List.of(run(a5)), steps(List.of(a5, a4), BY_VERSION));
    }

    @Test
    void theSameItemOfAnotherStorefrontIsAnotherRow() {
        EventEnvelope here = level("s1", "a", 1);
        EventEnvelope there = level("s2", "a", 1);
        assertEquals(List.of(run(here, there)), steps(List.of(here, there), BY_VERSION));
    }

    private static List<Step> steps(List<EventEnvelope> events, Comparator<EventEnvelope> newest) {
        return EventRuns.of(events, e -> LEVEL.equals(e.type()), EventRuns::storefrontItem, newest);
    }

    private static Step run(EventEnvelope... events) {
        return new Step(List.of(events), null);
    }

    private static EventEnvelope level(String item, long version) {
        return level("s1", item, version);
    }

    private static EventEnvelope level(String storefront, String item, long version) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("storefront_id", storefront)
                .put("catalogue_item_id", item).put("available", 10).put("version", version);
        return event(LEVEL, payload);
    }

    private static EventEnvelope event(String type, ObjectNode payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), "k", null, payload);
    }
}
