package in.haat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Row columns read whatever type the driver chose: the same value from each of its forms, null as null. */
class RowsTest {

    private static final Instant AT = Instant.parse("2026-12-02T07:10:00.123456Z");

    @Test
    void aTimestampReadsTheSameFromEveryForm() {
        assertEquals(AT, Rows.instant(AT));
        assertEquals(AT, Rows.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.ofHoursMinutes(5, 30))));
        assertEquals(AT, Rows.instant(AT.atZone(ZoneOffset.UTC)));
        assertEquals(AT, Rows.instant(Timestamp.from(AT)));
        assertEquals(AT, Rows.instant(LocalDateTime.ofInstant(AT, ZoneOffset.UTC)), "without a zone: UTC");
        assertEquals(AT, Rows.instant(AT.toString()));
        assertNull(Rows.instant(null));
    }

    @Test
    void numbersOfAnyWidth() {
        assertEquals(7, Rows.integer(7L));
        assertEquals(7, Rows.integer(new BigDecimal("7")));
        assertEquals(7L, Rows.bigint(7));
        assertNull(Rows.integerOrNull(null));
        assertEquals(3, Rows.integerOrNull((short) 3));
        assertThrows(NullPointerException.class, () -> Rows.integer(null), "a NOT NULL column read as null is a bug, not a 0");
    }

    @Test
    void idsTextAndFlags() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Rows.uuid(id));
        assertEquals(id, Rows.uuid(id.toString()));
        assertNull(Rows.uuid(null));
        assertEquals("7", Rows.text(7));
        assertNull(Rows.text(null));
        assertEquals(true, Rows.bool(Boolean.TRUE));
        assertEquals(false, Rows.bool("false"));
        assertNull(Rows.bool(null));
    }
}
