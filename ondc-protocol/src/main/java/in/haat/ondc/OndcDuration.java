package in.haat.ondc;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ONDC's durations: ISO 8601 {@code PnYnMnWnDTnHnMnS} as ONDC writes them ({@code PT30S} ttl, {@code P7D} return
 * window, {@code PT2H} IGM response time). A year counts 365 days and a month 30, as ONDC's validator reads them.
 * Every parse has an upper bound, so a hostile {@code P1000Y} is refused instead of overflowing a deadline.
 */
public final class OndcDuration {

    private static final Pattern FORM = Pattern.compile(
            "P(?:(\\d{1,6})Y)?(?:(\\d{1,6})M)?(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?(?:T(?=\\d)(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,6})(?:\\.(\\d{1,9}))?S)?)?");

    private OndcDuration() {
    }

    /** The duration the text names, if it is ISO 8601 and at most {@code max}; empty otherwise (or for a bare "P"). */
    public static Optional<Duration> parse(String text, Duration max) {
        if (text == null || text.length() < 2) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches() || text.endsWith("T")) {
            return Optional.empty();
        }
        Duration d = Duration.ofDays(365 * n(m, 1) + 30 * n(m, 2) + 7 * n(m, 3) + n(m, 4))
                .plusHours(n(m, 5)).plusMinutes(n(m, 6)).plusSeconds(n(m, 7));
        if (m.group(8) != null) {
            d = d.plusNanos(Long.parseLong((m.group(8) + "00000000").substring(0, 9)));
        }
        return d.compareTo(max) <= 0 ? Optional.of(d) : Optional.empty();
    }

    /** ISO 8601 text for a duration, in ONDC's usual units: days if whole days, else hours, minutes and seconds. */
    public static String format(Duration duration) {
        if (!duration.isZero() && duration.toSeconds() % 86_400 == 0 && duration.toNanosPart() == 0) {
            return "P" + duration.toDays() + "D";
        }
        return duration.toString();
    }

    private static long n(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
