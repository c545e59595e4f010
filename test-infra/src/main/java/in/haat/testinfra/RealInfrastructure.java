package in.haat.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at real infrastructure: the PostgreSQL and Kafka that {@code ./haat infra up}
 * runs (the default), or containers when {@code HAAT_TESTCONTAINERS=true} on a machine with Docker. Each
 * test run gets its own freshly created database, named by the {@code database} argument.
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

        Map<String, String> config = new HashMap<>();
        config.put("haat.db.host", LocalInfra.dbHost());
        config.put("haat.db.port", LocalInfra.dbPort());
        config.put("haat.db.name", LocalInfra.testDatabase(database));
        config.put("quarkus.datasource.username", LocalInfra.dbUser());
        if (!LocalInfra.dbPassword().isEmpty()) {
            config.put("quarkus.datasource.password", LocalInfra.dbPassword());
        }
        config.put("kafka.bootstrap.servers", LocalInfra.kafkaBootstrap());
        return config;
    }

    @Override
    public void stop() {
        if (containers != null) {
            containers.close();
        }
    }
}
