package in.haat.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at real infrastructure: the PostgreSQL and Kafka that {@code ./haat infra up}
 * runs (the default), or containers when {@code HAAT_TESTCONTAINERS=true} on a machine with Docker. Each
 * test run gets its own freshly created database, named by the {@code database} argument, and topics of its own on
 * the shared broker (the same name as a prefix, {@link TestTopics}), so two modules' suites can run at once
 * ({@code HAAT_TEST_THREADS=2}) without one's service answering the other's requests.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "haat_test";
    private Containers containers;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        if (Boolean.parseBoolean(LocalInfra.setting("HAAT_TESTCONTAINERS", "false"))) {
            containers = Containers.start(database);
            return containers.config();
        }
        LocalInfra.recreateDatabase(database);
        LocalInfra.requireKafka();
        String topicPrefix = TestTopics.prefixFor(LocalInfra.testDatabase(database));
        TestTopics.create(topicPrefix);

        Map<String, String> config = new HashMap<>();
        config.put("haat.db.host", LocalInfra.dbHost());
        config.put("haat.db.port", LocalInfra.dbPort());
        config.put("haat.db.name", LocalInfra.testDatabase(database));
        config.put("quarkus.datasource.username", LocalInfra.dbUser());
        if (!LocalInfra.dbPassword().isEmpty()) {
            config.put("quarkus.datasource.password", LocalInfra.dbPassword());
        }
        config.put("kafka.bootstrap.servers", LocalInfra.kafkaBootstrap());
        config.put(TestTopics.PREFIX_PROPERTY, topicPrefix);
        return config;
    }

    @Override
    public void stop() {
        if (containers != null) {
            containers.close();
        }
    }
}
