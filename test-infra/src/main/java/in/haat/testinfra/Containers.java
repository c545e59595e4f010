package in.haat.testinfra;

import java.util.Map;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The opt-in alternative for machines with Docker: PostgreSQL and Kafka in containers (never used here). */
final class Containers implements AutoCloseable {

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private Containers(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static Containers start(String database) {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName(database);
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        postgres.start();
        kafka.start();
        return new Containers(postgres, kafka);
    }

    Map<String, String> config() {
        return Map.of(
                "haat.db.host", postgres.getHost(),
                "haat.db.port", String.valueOf(postgres.getMappedPort(5432)),
                "haat.db.name", postgres.getDatabaseName(),
                "quarkus.datasource.username", postgres.getUsername(),
                "quarkus.datasource.password", postgres.getPassword(),
                "kafka.bootstrap.servers", kafka.getBootstrapServers());
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
