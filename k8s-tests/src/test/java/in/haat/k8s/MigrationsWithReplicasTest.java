package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several replicas starting at once migrate safely: three Flyway runs (the library and defaults the services use
 * at start) against one real PostgreSQL database, with a slow first migration, all succeed and apply each
 * migration exactly once, because Flyway takes a PostgreSQL advisory lock before it reads its history table.
 */
class MigrationsWithReplicasTest {

    @Test
    void replicasStartingTogetherApplyEachMigrationOnce(@TempDir Path migrations) throws Exception {
        Files.writeString(migrations.resolve("V1__slow.sql"), "select pg_sleep(2);\ncreate table replica_marker (id int);\n");
        Files.writeString(migrations.resolve("V2__insert.sql"), "insert into replica_marker values (1);\n");
        String host = env("HAAT_DB_HOST", "127.0.0.1");
        String port = env("HAAT_DB_PORT", "5432");
        String user = env("HAAT_DB_USER", "postgres");
        String password = env("HAAT_DB_PASSWORD", "");
        String database = "haat_k8s_flyway" + env("HAAT_TEST_DB_SUFFIX", "").replaceAll("[^a-zA-Z0-9_]", "");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Future<MigrateResult>> starts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                starts.add(replicas.submit(() -> Flyway.configure().dataSource(server + database, user, password)
                        .locations("filesystem:" + migrations).load().migrate()));
            }
            int executed = 0;
            for (Future<MigrateResult> start : starts) {
                MigrateResult result = start.get();
                assertTrue(result.success, "every replica starts");
                executed += result.migrationsExecuted;
            }
            assertEquals(2, executed, "each migration ran once, on one replica");
            try (Connection db = DriverManager.getConnection(server + database, user, password); Statement sql = db.createStatement()) {
                ResultSet rows = sql.executeQuery("select count(*) from replica_marker");
                rows.next();
                assertEquals(1, rows.getInt(1), "V2 applied once");
            }
        } finally {
            replicas.shutdownNow();
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, password); Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
