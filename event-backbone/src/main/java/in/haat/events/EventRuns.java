package in.haat.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Splits a consumer's batch into the steps of {@link IdempotentConsumer#applyRuns}: runs of consecutive events that one
 * bulk statement can apply (each row once), and the events that go alone. A run ends at any event that goes alone, which
 * then sees the rows as the run left them. An event whose row is already in the run starts the next run (so each row's
 * events apply in order), or, given {@code newest}, takes the earlier event's place unless it is older: for rows that
 * never go back to an older version, the newest event of a run has the effect of them all (issue 15: one statement per
 * repeated item before).
 */
public final class EventRuns {

    /** A run for one bulk statement, or (run null) one event applied alone. */
    public record Step(List<EventEnvelope> run, EventEnvelope alone) {
    }

    private EventRuns() {
    }

    /** The steps in order; {@code newest} null when every event of a run must apply. */
    public static List<Step> of(List<EventEnvelope> events, Predicate<EventEnvelope> bulkable,
            Function<EventEnvelope, Object> rowOf, Comparator<EventEnvelope> newest) {
        List<Step> steps = new ArrayList<>();
        List<EventEnvelope> run = new ArrayList<>();
        Map<Object, Integer> rows = new HashMap<>();
        for (EventEnvelope event : events) {
            if (!bulkable.test(event)) {
                end(run, rows, steps);
                steps.add(new Step(null, event));
                continue;
            }
            Object row = rowOf.apply(event);
            Integer earlier = rows.get(row);
            if (earlier != null && newest != null) {
                // By age, not by place: a later event of an older version (never expected on one partition) loses.
                if (newest.compare(event, run.get(earlier)) >= 0) {
                    run.set(earlier, event);
                }
                continue;
            }
            if (earlier != null) {
                end(run, rows, steps);
            }
            rows.put(row, run.size());
            run.add(event);
        }
        end(run, rows, steps);
        return steps;
    }

    private static void end(List<EventEnvelope> run, Map<Object, Integer> rows, List<Step> steps) {
        if (!run.isEmpty()) {
            steps.add(new Step(List.copyOf(run), null));
            run.clear();
            rows.clear();
        }
    }

    /** The row of an event about one storefront's catalogue item: its {@code storefront_id:catalogue_item_id}. */
    public static String storefrontItem(EventEnvelope event) {
        return event.payload().path("storefront_id").asText() + ":" + event.payload().path("catalogue_item_id").asText();
    }
}
