package in.haat.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The {@code limit} and {@code cursor} query parameters of a list endpoint, checked: a bad value is a 400
 * about that parameter. A cursor is opaque to clients: Base64url of the sort key of the last row they saw.
 */
public record PageRequest(int limit, List<String> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final String SEPARATOR = "\n";

    /**
     * Parses {@code limit} (default 50, 1 to 500) and {@code cursor} (absent for the first page). A cursor
     * must carry {@code keyParts} values, as written by {@link #cursor(String...)} for the same endpoint.
     */
    public static PageRequest parse(String limit, String cursor, int keyParts) {
        return new PageRequest(parseLimit(limit), parseCursor(cursor, keyParts));
    }

    /** True for the first page. */
    public boolean first() {
        return after.isEmpty();
    }

    /** Part {@code index} of the cursor's sort key as a UUID; a 400 about {@code cursor} if it is not one. */
    public UUID uuidAt(int index) {
        try {
            return UUID.fromString(after.get(index));
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
    }

    /** Part {@code index} of the cursor's sort key as an instant; a 400 about {@code cursor} if it is not one. */
    public Instant instantAt(int index) {
        try {
            return Instant.parse(after.get(index));
        } catch (DateTimeParseException e) {
            throw badCursor();
        }
    }

    /** How many rows to read: one more than shown, to know whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The cursor that continues after a row with this sort key. */
    public static String cursor(String... keyParts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keyParts).getBytes(StandardCharsets.UTF_8));
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    private static List<String> parseCursor(String cursor, int keyParts) {
        if (cursor == null || cursor.isEmpty()) {
            return List.of();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(decoded.split(SEPARATOR, -1));
            if (parts.size() == keyParts) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw badCursor();
    }

    private static ApiException badCursor() {
        return ApiException.invalid("cursor", "is not a cursor this endpoint returned");
    }
}
