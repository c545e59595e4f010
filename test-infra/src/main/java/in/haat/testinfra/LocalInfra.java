package in.haat.testinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Where the local PostgreSQL and Kafka are (the same environment variables {@code ./haat} reads) and the
 * few things tests do with them directly.
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static String dbHost() {
        return setting("HAAT_DB_HOST", "127.0.0.1");
    }

    public static String dbPort() {
        return setting("HAAT_DB_PORT", "5432");
    }

    public static String dbUser() {
        return setting("HAAT_DB_USER", "postgres");
    }

    public static String dbPassword() {
        return setting("HAAT_DB_PASSWORD", "");
    }

    public static String kafkaBootstrap() {
        return setting("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + setting("HAAT_KAFKA_PORT", "9092"));
    }

    /**
     * The name a test database really has: {@code HAAT_TEST_DB_SUFFIX} appended, so two checkouts can run their
     * tests at once against one PostgreSQL without dropping each other's databases.
     */
    public static String testDatabase(String database) {
        String suffix = setting("HAAT_TEST_DB_SUFFIX", "");
        return "postgres".equals(database) || database.endsWith(suffix) ? database : database + suffix;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost() + ":" + dbPort() + "/" + testDatabase(database);
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), dbUser(), dbPassword());
    }

    /** Drops and creates {@code database}, so a test run starts from an empty schema. */
    public static void recreateDatabase(String name) {
        String database = testDatabase(name);
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("test database name must be a plain identifier: " + database);
        }
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL usable at " + jdbcUrl("postgres") + " as " + dbUser()
                    + ": run ./haat infra up (./haat test does it for you). " + e.getMessage(), e);
        }
    }

    /** Fails with a clear message when no broker answers. */
    public static void requireKafka() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
        // Patient: on a machine shared by several builds a live broker has been seen to take over 15 s to answer.
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "20000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().clusterId().get(70, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("No Kafka broker at " + kafkaBootstrap()
                    + ": run ./haat infra up (./haat test does it for you). " + e, e);
        }
    }

    /** A system property, else an environment variable, else the fallback. */
    public static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
