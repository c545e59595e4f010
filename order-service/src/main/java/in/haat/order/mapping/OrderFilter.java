package in.haat.order.mapping;

import in.haat.api.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Which of a seller's orders to list: one state, and created from (inclusive) to (exclusive). */
public record OrderFilter(String state, Instant from, Instant to) {

    /** Parses the query parameters; a bad one is a 400 naming it. */
    public static OrderFilter parse(String state, String from, String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        return new OrderFilter(state == null || state.isBlank() ? null : state.strip(), start, end);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 instant such as 2026-11-22T00:00:00Z");
        }
    }
}
