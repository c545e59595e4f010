package in.haat.testinfra;

import in.haat.events.EventCodec;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@code @QuarkusTest} of a service fed by other services' events: its {@link #database}, and {@link #events}
 * publishing on its broker in real envelopes, opened before each test (ahead of the subclass's own set-up) and
 * closed after it.
 */
public abstract class EventFedServiceTest {

    @Inject
    protected Pool database;
    @Inject
    protected EventCodec codec;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrap;

    protected TestEvents events;

    @BeforeEach
    void openTestEvents() {
        events = new TestEvents(bootstrap, codec);
    }

    @AfterEach
    void closeTestEvents() {
        events.close();
    }
}
