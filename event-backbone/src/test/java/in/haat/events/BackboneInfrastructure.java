package in.haat.events;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/**
 * The PostgreSQL and Kafka of {@code ./haat infra up}, read from the same variables as test-infra's {@code LocalInfra}
 * (which this library cannot depend on): a fresh database per run, suffixed by {@code HAAT_TEST_DB_SUFFIX}.
 */
public class BackboneInfrastructure implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "haat_backbone_test" + env("HAAT_TEST_DB_SUFFIX", "");

    @Override
    public Map<String, String> start() {
        String host = env("HAAT_DB_HOST", "127.0.0.1");
        String port = env("HAAT_DB_PORT", "5432");
        String user = env("HAAT_DB_USER", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user,
                env("HAAT_DB_PASSWORD", "")); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL at " + host + ":" + port + ": run ./haat infra up", e);
        }
        return Map.of("haat.db.host", host, "haat.db.port", port, "haat.db.name", DATABASE,
                "quarkus.datasource.username", user,
                "kafka.bootstrap.servers", env("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + env("HAAT_KAFKA_PORT", "9092")));
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
