package in.haat.inventory.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Reads the columns of native query rows ({@code Object[]}), whatever Java type the driver chose for them. */
final class NativeRows {

    private NativeRows() {
    }

    static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static Integer integerOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static long bigint(Object value) {
        return ((Number) value).longValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Timestamp t -> t.toInstant();
            // timestamptz read without its zone is UTC
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            default -> Instant.parse(value.toString());
        };
    }
}
