package in.haat.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.providers.impl.ConnectorConfig;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every Haat service promises operators, checked against the running service: health that covers
 * its database and Kafka, OpenAPI with Swagger UI, Prometheus metrics including the outbox's, and an edge that
 * cuts off slow and endless clients (http-edge).
 * A service's test extends it and adds {@code @QuarkusTest}.
 */
public abstract class ServiceFoundationContract {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    /**
     * No channel fails for good behind a backlog: each gives an unacknowledged record 3 minutes, not SmallRye's 60 s
     * default, past which it closes the channel's consumer until a restart (event-backbone's connector defaults).
     */
    @Test
    void everyIncomingChannelGivesAWaitingRecordThreeMinutes() {
        Config config = ConfigProvider.getConfig();
        Pattern incoming = Pattern.compile("mp\\.messaging\\.incoming\\.([a-z-]+)\\.connector");
        List<String> channels = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .map(incoming::matcher).filter(Matcher::matches).map(m -> m.group(1)).distinct().toList();
        assertFalse(channels.isEmpty(), "no incoming channel found");
        for (String channel : channels) {
            var settings = new KafkaConnectorIncomingConfiguration(new ConnectorConfig("mp.messaging.incoming.", config, "smallrye-kafka", channel) {
                    });
            assertEquals(180_000, settings.getThrottledUnprocessedRecordMaxAgeMs(), channel);
        }
    }

    @Test
    void publishesOpenApiAndSwaggerUi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void exposesPrometheusMetricsWithTheOutbox() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("haat_outbox_sent_total"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void aClientThatStopsHalfwayThroughItsHeadersIsDisconnected() throws Exception {
        // quarkus.http.idle-timeout (30 s; 10 s in tests) closes it; the patience is only a guard against waiting for ever.
        assertTrue(HostileClients.slowHeadersAreCut("localhost", RestAssured.port, 180_000));
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413WhereverItIsSent() throws Exception {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
        HostileClients.Answer answer = HostileClients.chunkedUpload("http://localhost:" + RestAssured.port + "/api/nowhere",
                Map.of("Content-Type", "application/json"), limit + 64L * 1024 * 1024);
        // Nothing reads a body sent to no endpoint: its 404 (or 401) may come first, and a client still sending may
        // see only the connection closed; either way the rest is never read, and nothing is a 2xx or 5xx.
        assertTrue(answer.status() == -1 || answer.status() >= 400 && answer.status() < 500, answer.headers());
        // Socket buffers hold a few MB at most: the server stopped reading at its limit.
        assertTrue(answer.bytesSent() < limit + 16L * 1024 * 1024, "sent " + answer.bytesSent() + " bytes, limit " + limit);
    }

    @Test
    void aRequestAnsweredAtOnceKeepsItsConnection() throws Exception {
        // Keep-alive holds for a request answered at once (this 404): both answers come on one connection.
        assertEquals(List.of(404, 404), HostileClients.twoRequestsOnOneConnection("localhost", RestAssured.port, "/nowhere"));
    }

    @Test
    void aNulCharacterInThePathIs400() {
        given().urlEncodingEnabled(false).get("/q/health/live%00").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));
    }
}
