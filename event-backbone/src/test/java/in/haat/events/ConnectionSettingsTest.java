package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Every service's connections run without PostgreSQL's JIT (event-backbone's defaults), whatever the server's own setting. */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class ConnectionSettingsTest {

    @Inject
    Pool database;

    @Test
    void statementsAreNeverJitCompiled() {
        // The server here runs with jit = on (PostgreSQL's default): only the connection's own parameter turns it off.
        assertEquals("off", database.query("show jit").execute().await().indefinitely().iterator().next().getString(0));
    }
}
