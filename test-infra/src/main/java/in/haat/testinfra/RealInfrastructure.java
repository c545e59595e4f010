package in.haat.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Points a {@code @QuarkusTest} at real infrastructure: the PostgreSQL and Kafka that {@code ./haat infra up}
 * runs (the default), or containers when {@code HAAT_TESTCONTAINERS=true} on a machine with Docker. Each
 * test run gets its own freshly created database, named by the {@code database} argument.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "haat_test";
    private AutoCloseable containers;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        if (Boolean.parseBoolean(setting("HAAT_TESTCONTAINERS", "false"))) {
            Containers started = Containers.start(database);
            containers = started;
            return started.config();
        }
        String host = setting("HAAT_DB_HOST", "127.0.0.1");
        String port = setting("HAAT_DB_PORT", "5432");
        String user = setting("HAAT_DB_USER", "postgres");
        String password = setting("HAAT_DB_PASSWORD", "");
        String kafka = setting("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + setting("HAAT_KAFKA_PORT", "9092"));
        recreateDatabase(host, port, user, password);
        requireKafka(kafka);

        Map<String, String> config = new HashMap<>();
        config.put("haat.db.host", host);
        config.put("haat.db.port", port);
        config.put("haat.db.name", database);
        config.put("quarkus.datasource.username", user);
        if (!password.isEmpty()) {
            config.put("quarkus.datasource.password", password);
        }
        config.put("kafka.bootstrap.servers", kafka);
        return config;
    }

    @Override
    public void stop() {
        if (containers != null) {
            try {
                containers.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop test containers", e);
            }
        }
    }

    private void recreateDatabase(String host, String port, String user, String password) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("test database name must be a plain identifier: " + database);
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL usable at " + url + " as " + user
                    + ": run ./haat infra up (./haat test does it for you). " + e.getMessage(), e);
        }
    }

    private static void requireKafka(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().clusterId().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("No Kafka broker at " + bootstrap
                    + ": run ./haat infra up (./haat test does it for you). " + e, e);
        }
    }

    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
