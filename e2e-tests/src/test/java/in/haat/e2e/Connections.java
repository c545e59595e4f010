package in.haat.e2e;

import static org.awaitility.Awaitility.await;

import in.haat.testinfra.LocalInfra;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The services' connections as PostgreSQL sees them (pg_stat_activity). A connection left "idle in transaction" after
 * its request ended is a leak: it holds its locks and its pool slot until the server closes it, which is how the
 * gateway once stopped ACKing (issue 16, item 12).
 */
final class Connections {

    private Connections() {
    }

    /**
     * Waits until none of the databases' connections is idle inside a transaction, and fails naming them if some still
     * are after {@code patience}: a transaction of a request in flight lasts milliseconds, a leaked one for ever.
     */
    static void assertNoneIdleInTransaction(List<String> databases, Duration patience) throws Exception {
        List<String> names = databases.stream().map(LocalInfra::testDatabase).toList();
        try {
            await().atMost(patience).pollInterval(Duration.ofMillis(500)).until(() -> idleInTransaction(names).isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("connections left idle in a transaction: " + idleInTransaction(names), e);
        }
    }

    /** Each connection idle inside a transaction: database, application, state, for how long, and its last statement. */
    static List<String> idleInTransaction(List<String> databases) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = LocalInfra.connect("postgres");
                PreparedStatement query = connection.prepareStatement("select datname, application_name, state, now() - state_change, query"
                        + " from pg_stat_activity where datname = any(?) and state like 'idle in transaction%'")) {
            query.setArray(1, connection.createArrayOf("text", databases.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " for " + rows.getString(4) + ": "
                            + rows.getString(5));
                }
            }
        }
        return found;
    }
}
