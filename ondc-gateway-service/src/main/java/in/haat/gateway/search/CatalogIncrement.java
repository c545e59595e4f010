package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * A search's {@code catalog_inc} tag (ONDC retail 1.2.x incremental catalogue refresh): a one-time pull of what
 * changed between {@code start_time} and {@code end_time}, or {@code mode} start / stop of regular pushes.
 */
public record CatalogIncrement(Optional<String> mode, Optional<Instant> startTime, Optional<Instant> endTime) {

    public static Optional<CatalogIncrement> of(JsonNode message) {
        for (JsonNode tag : message.path("intent").path("tags")) {
            if ("catalog_inc".equals(tag.path("code").asText())) {
                Optional<String> mode = Optional.empty();
                Optional<Instant> start = Optional.empty();
                Optional<Instant> end = Optional.empty();
                for (JsonNode entry : tag.path("list")) {
                    String value = entry.path("value").asText("");
                    switch (entry.path("code").asText()) {
                        case "mode" -> mode = value.isBlank() ? Optional.empty() : Optional.of(value);
                        case "start_time" -> start = instant(value);
                        case "end_time" -> end = instant(value);
                        default -> {
                        }
                    }
                }
                return Optional.of(new CatalogIncrement(mode, start, end));
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a search's catalog_inc tag, if anything (ONDC: a pull has start_time before end_time, both
     * before the search's timestamp; mode is start or stop; a push starts no later than the search).
     */
    public static Optional<String> problem(JsonNode message, Instant sent) {
        for (JsonNode tag : message.path("intent").path("tags")) {
            if (!"catalog_inc".equals(tag.path("code").asText())) {
                continue;
            }
            for (JsonNode entry : tag.path("list")) {
                String code = entry.path("code").asText();
                String value = entry.path("value").asText("");
                if (("start_time".equals(code) || "end_time".equals(code)) && instant(value).isEmpty()) {
                    return Optional.of(code + " must be an RFC 3339 timestamp");
                }
                if ("mode".equals(code) && !Set.of("start", "stop", "end").contains(value)) {
                    return Optional.of("mode must be start or stop");
                }
            }
            CatalogIncrement increment = of(message).orElseThrow();
            if (increment.mode().isEmpty()) {
                if (increment.startTime().isEmpty() || increment.endTime().isEmpty()) {
                    return Optional.of("an incremental pull needs start_time and end_time (or mode start or stop)");
                }
                if (!increment.startTime().get().isBefore(increment.endTime().get())) {
                    return Optional.of("start_time must be before end_time");
                }
                if (increment.endTime().get().isAfter(sent)) {
                    return Optional.of("end_time must not be after context.timestamp");
                }
            } else if (increment.startsPush() && increment.startTime().filter(start -> start.isAfter(sent)).isPresent()) {
                return Optional.of("start_time must not be after context.timestamp");
            }
        }
        return Optional.empty();
    }

    public boolean startsPush() {
        return mode.filter("start"::equals).isPresent();
    }

    /** ONDC's validator also accepts "end" for stopping. */
    public boolean stopsPush() {
        return mode.filter(m -> "stop".equals(m) || "end".equals(m)).isPresent();
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
