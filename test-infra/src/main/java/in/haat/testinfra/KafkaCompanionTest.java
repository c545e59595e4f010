package in.haat.testinfra;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@code @QuarkusTest} that reads or writes the service's broker directly: {@link #kafka}, a {@link KafkaCompanion}
 * on the service's {@code kafka.bootstrap.servers}, opened before each test and closed after it.
 */
public abstract class KafkaCompanionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrap;

    protected KafkaCompanion kafka;

    @BeforeEach
    void openKafkaCompanion() {
        kafka = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void closeKafkaCompanion() {
        kafka.close();
    }
}
