package in.haat.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * Reads the columns of native query rows ({@code Object[]}), whatever Java type the driver chose for them: the one
 * row helper of every service (it lives in event-backbone because every service depends on it). For the few native
 * queries that earn their place in a {@code repository/}; everything else maps rows through Panache entities.
 */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(Object value) {
        return switch (value) {
            case null -> null;
            case UUID id -> id;
            default -> UUID.fromString(value.toString());
        };
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** An integer column that is never null (a NOT NULL column, a count). */
    public static int integer(Object value) {
        return ((Number) value).intValue();
    }

    public static Integer integerOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A bigint column that is never null. */
    public static long bigint(Object value) {
        return ((Number) value).longValue();
    }

    public static Boolean bool(Object value) {
        return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }

    /** A timestamptz column: a timestamp read without its zone is UTC, as PostgreSQL stores it. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Timestamp t -> t.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            default -> Instant.parse(value.toString());
        };
    }
}
