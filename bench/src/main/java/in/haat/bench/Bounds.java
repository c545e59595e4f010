package in.haat.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Bounds measured in the same run as a benchmark, so its number can be read against what the machine gives at that
 * moment: PostgreSQL's plain insert of the same documents (no rules, no events, no HTTP), in a temporary table.
 */
final class Bounds {

    private Bounds() {
    }

    /** A service's database (catalogue, gateway, ...) of this checkout's suite. */
    static Connection database(String service) throws SQLException {
        String name = ("gateway".equals(service) ? "haat_gateway" : "haat_" + service) + env("HAAT_DB_SUFFIX", "");
        return DriverManager.getConnection("jdbc:postgresql://" + env("HAAT_DB_HOST", "127.0.0.1") + ":" + env("HAAT_DB_PORT", "5432")
                + "/" + name, env("HAAT_DB_USER", "postgres"), env("HAAT_DB_PASSWORD", ""));
    }

    /**
     * Nanoseconds to insert {@code documents} as jsonb rows in one transaction, 2,000 per statement (each chunk one
     * JSON parameter), into a temporary table of {@code service}'s database: the floor of writing them at all.
     */
    static long plainInsert(String service, List<Map<String, Object>> documents) throws Exception {
        try (Connection c = database(service); Statement s = c.createStatement()) {
            s.execute("create temporary table bench_bound (id bigserial primary key, document jsonb not null)");
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into bench_bound (document) "
                    + "select e from jsonb_array_elements(cast(? as jsonb)) as e")) {
                for (int i = 0; i < documents.size(); i += 2000) {
                    insert.setString(1, Suite.JSON.writeValueAsString(documents.subList(i, Math.min(documents.size(), i + 2000))));
                    insert.executeUpdate();
                }
            }
            c.commit();
            return System.nanoTime() - started;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
