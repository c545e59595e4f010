package in.haat.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** limit and cursor parsing, and the page built from limit + 1 rows. */
class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        PageRequest page = PageRequest.parse(null, null, 2);
        assertEquals(50, page.limit());
        assertEquals(51, page.fetchSize());
        assertTrue(page.first());
    }

    @Test
    void aCursorRoundTripsItsSortKey() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-22T07:10:00.123456Z");
        PageRequest page = PageRequest.parse("10", PageRequest.cursor(at.toString(), id.toString()), 2);
        assertEquals(at, page.instantAt(0));
        assertEquals(id, page.uuidAt(1));
    }

    @Test
    void badValuesAre400sNamingTheParameter() {
        for (String limit : new String[] {"0", "501", "-3", "many", "1.5"}) {
            ApiException e = assertThrows(ApiException.class, () -> PageRequest.parse(limit, null, 1));
            assertEquals(400, e.status());
            assertEquals("limit", e.details().get(0).field());
        }
        for (String cursor : new String[] {"%%%", PageRequest.cursor("only-one"), PageRequest.cursor("a", "b", "c")}) {
            ApiException e = assertThrows(ApiException.class, () -> PageRequest.parse(null, cursor, 2));
            assertEquals("cursor", e.details().get(0).field());
        }
        PageRequest notAUuid = PageRequest.parse(null, PageRequest.cursor("x", "y"), 2);
        assertEquals("cursor", assertThrows(ApiException.class, () -> notAUuid.uuidAt(1)).details().get(0).field());
        assertEquals("cursor", assertThrows(ApiException.class, () -> notAUuid.instantAt(0)).details().get(0).field());
    }

    @Test
    void aPageShowsLimitRowsAndACursorOnlyWhenMoreFollow() {
        PageRequest two = PageRequest.parse("2", null, 1);
        Page<String> full = Page.of(List.of(1, 2, 3), two, String::valueOf, n -> PageRequest.cursor("after-" + n));
        assertEquals(List.of("1", "2"), full.items());
        assertEquals(PageRequest.cursor("after-2"), full.nextCursor());

        Page<String> last = Page.of(List.of(1, 2), two, String::valueOf, n -> PageRequest.cursor("after-" + n));
        assertEquals(List.of("1", "2"), last.items());
        assertEquals(null, last.nextCursor());
    }
}
