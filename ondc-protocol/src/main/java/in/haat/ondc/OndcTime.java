package in.haat.ondc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ONDC's timestamp: RFC 3339 in UTC with exactly three fraction digits, {@code 2023-06-03T08:00:00.000Z}, the form
 * ONDC's validator and workbench require of {@code context.timestamp} (RESEARCH.md 1.2).
 */
public final class OndcTime {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private OndcTime() {
    }

    /** The instant in ONDC's form, truncated to milliseconds. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The instant of a timestamp in ONDC's form; empty if the text is of another form or no real date and time. */
    public static Optional<Instant> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True if the text has ONDC's form (it may still name no real date, such as month 13: see {@link #parse}). */
    public static boolean hasForm(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
