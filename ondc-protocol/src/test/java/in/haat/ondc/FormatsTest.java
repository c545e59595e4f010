package in.haat.ondc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ONDC's timestamp and duration forms, and the bound that refuses a hostile duration. */
class FormatsTest {

    @Test
    void timestampsHaveMillisecondsAndZ() {
        assertEquals("2023-06-03T08:00:00.000Z", OndcTime.format(Instant.parse("2023-06-03T08:00:00Z")));
        assertEquals("2023-06-03T08:00:00.123Z", OndcTime.format(Instant.parse("2023-06-03T08:00:00.123456Z")));
        assertEquals(Optional.of(Instant.parse("2023-06-03T08:00:00Z")), OndcTime.parse("2023-06-03T08:00:00.000Z"));
        assertTrue(OndcTime.parse("2023-06-03T08:00:00Z").isEmpty());
        assertTrue(OndcTime.parse("2023-06-03T13:30:00.000+05:30").isEmpty());
        assertTrue(OndcTime.parse("2023-02-30T08:00:00.000Z").isEmpty());
        assertTrue(OndcTime.hasForm("2023-02-30T08:00:00.000Z"));
        assertFalse(OndcTime.hasForm(null));
    }

    @Test
    void durationsAsOndcWritesThem() {
        Duration day = Duration.ofDays(1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), OndcDuration.parse("PT30S", day));
        assertEquals(Optional.of(Duration.ofHours(2)), OndcDuration.parse("PT2H", day));
        assertEquals(Optional.of(Duration.ofDays(7)), OndcDuration.parse("P7D", Duration.ofDays(30)));
        assertEquals(Optional.of(Duration.ofDays(14)), OndcDuration.parse("P2W", Duration.ofDays(30)));
        assertEquals(Optional.of(Duration.ofMillis(1500)), OndcDuration.parse("PT1.5S", day));
        assertEquals(Optional.of(Duration.ZERO), OndcDuration.parse("P0D", day));
        assertEquals(Optional.of(Duration.ofDays(365)), OndcDuration.parse("P1Y", Duration.ofDays(366)));
        for (String bad : new String[] {"P", "PT", "30S", "P1DT", "-PT30S", "PT30", "P1000000000Y", ""}) {
            assertTrue(OndcDuration.parse(bad, day).isEmpty(), bad);
        }
        assertTrue(OndcDuration.parse("P1000Y", Duration.ofDays(3650)).isEmpty(), "over the bound");
        assertTrue(OndcDuration.parse("P2D", day).isEmpty(), "over the bound");
        assertEquals("P7D", OndcDuration.format(Duration.ofDays(7)));
        assertEquals("PT30S", OndcDuration.format(Duration.ofSeconds(30)));
    }
}
