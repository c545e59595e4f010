package in.haat.order;

import static in.haat.order.IssueState.CLOSED;
import static in.haat.order.IssueState.NEED_MORE_INFO;
import static in.haat.order.IssueState.PROCESSING;
import static in.haat.order.IssueState.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every issue move from every state, allowed and refused, against the table of docs/igm.md written out again; and the deadlines. */
class IssueMoveTest {

    /** move -> (from -> to); a state not listed refuses the move. null: a new issue. */
    private static final Map<IssueMove, Map<IssueState, IssueState>> TABLE = new HashMap<>();

    static {
        Map<IssueState, IssueState> open = new HashMap<>();
        open.put(null, PROCESSING);
        TABLE.put(IssueMove.OPEN, open);
        TABLE.put(IssueMove.INFO_PROVIDED, Map.of(NEED_MORE_INFO, PROCESSING, PROCESSING, PROCESSING));
        TABLE.put(IssueMove.ESCALATE, Map.of(PROCESSING, PROCESSING, NEED_MORE_INFO, PROCESSING, RESOLVED, PROCESSING));
        TABLE.put(IssueMove.CLOSE, Map.of(PROCESSING, CLOSED, NEED_MORE_INFO, CLOSED, RESOLVED, CLOSED));
        TABLE.put(IssueMove.PROCESSING, Map.of(PROCESSING, PROCESSING, NEED_MORE_INFO, PROCESSING));
        TABLE.put(IssueMove.NEED_MORE_INFO, Map.of(PROCESSING, NEED_MORE_INFO));
        TABLE.put(IssueMove.RESOLVED, Map.of(PROCESSING, RESOLVED, NEED_MORE_INFO, RESOLVED));
    }

    @Test
    void everyMoveFromEveryStateIsTheTables() {
        List<IssueState> states = new ArrayList<>(Arrays.asList(IssueState.values()));
        states.add(null);
        for (IssueMove move : IssueMove.values()) {
            for (IssueState from : states) {
                Optional<IssueState> expected = Optional.ofNullable(new HashMap<>(TABLE.get(move)).get(from));
                assertEquals(expected, move.apply(from), move + " from " + from);
            }
        }
    }

    @Test
    void aClosedIssueTakesNoMoveAndOnlyTheSellersMovesAreRespondents() {
        for (IssueMove move : IssueMove.values()) {
            assertTrue(move.apply(CLOSED).isEmpty(), move.toString());
            assertEquals(!move.complainant(), IssueMove.respondent().contains(move), move.toString());
        }
    }

    @Test
    void igmNamesAreReadInEitherVersionAndWrittenInEach() {
        assertEquals(Optional.of(IssueMove.NEED_MORE_INFO), IssueMove.of("INFO_REQUESTED"));
        assertEquals(Optional.of(IssueMove.NEED_MORE_INFO), IssueMove.of("need-more-info"));
        assertEquals(Optional.of(IssueMove.ESCALATE), IssueMove.of("ESCALATED"));
        assertEquals(Optional.of(IssueMove.CLOSE), IssueMove.of("CLOSED"));
        assertEquals(Optional.empty(), IssueMove.of("CASCADED"));
        assertEquals(Optional.empty(), IssueMove.of(null));
        assertEquals("INFO_REQUESTED", IssueMove.NEED_MORE_INFO.code2());
        assertEquals("NEED-MORE-INFO", IssueMove.NEED_MORE_INFO.code());
        assertEquals("ESCALATED", IssueMove.ESCALATE.code2());
    }

    @Test
    void deadlinesRunFromTheBuyersMovesAndStopWithOurs() {
        Duration response = Duration.ofHours(2);
        Duration resolution = Duration.ofDays(1);
        Instant raised = Instant.parse("2026-12-01T10:00:00Z");
        IssueDeadlines open = IssueDeadlines.after(IssueMove.OPEN, raised, null, response, resolution);
        assertEquals(new IssueDeadlines(raised.plus(response), raised.plus(resolution)), open);
        assertFalse(open.overdue(raised.plus(response)), "due at, not before");
        assertTrue(open.overdue(raised.plus(response).plusMillis(1)));

        Instant t1 = raised.plusSeconds(60);
        IssueDeadlines answered = IssueDeadlines.after(IssueMove.PROCESSING, t1, open, response, resolution);
        assertNull(answered.respondBy());
        assertEquals(raised.plus(resolution), answered.resolveBy(), "a response does not move the resolution");
        assertFalse(answered.overdue(raised.plus(Duration.ofHours(23))));
        assertTrue(answered.overdue(raised.plus(Duration.ofHours(25))));

        Instant t2 = raised.plus(Duration.ofHours(5));
        IssueDeadlines info = IssueDeadlines.after(IssueMove.INFO_PROVIDED, t2, answered, response, resolution);
        assertEquals(new IssueDeadlines(t2.plus(response), raised.plus(resolution)), info);

        Instant t3 = raised.plus(Duration.ofDays(3));
        IssueDeadlines escalated = IssueDeadlines.after(IssueMove.ESCALATE, t3, info, response, resolution);
        assertEquals(new IssueDeadlines(t3.plus(response), t3.plus(resolution)), escalated, "a grievance starts the clock again");

        assertEquals(new IssueDeadlines(null, null), IssueDeadlines.after(IssueMove.RESOLVED, t3, escalated, response, resolution));
        assertEquals(new IssueDeadlines(null, null), IssueDeadlines.after(IssueMove.CLOSE, t3, escalated, response, resolution));
        assertFalse(new IssueDeadlines(null, null).overdue(Instant.MAX));
        assertEquals(new IssueDeadlines(null, escalated.resolveBy()),
                IssueDeadlines.after(IssueMove.NEED_MORE_INFO, t3, escalated, response, resolution));
    }
}
