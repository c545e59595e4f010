package in.haat.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.testinfra.LocalInfra;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * seller.created crosses from catalogue-service to auth-service through the outbox and Kafka, and an
 * event committed but not yet relayed when catalogue-service dies is delivered after it restarts. A catalogue-service
 * of its own (killed and started again, on a database of its own) publishes to the shared suite's auth-service.
 */
@ExtendWith(OrderSuite.Extension.class)
class OutboxAcrossRestartTest {

    private static final String CATALOGUE_DB = "haat_catalogue_e2e";

    @BeforeAll
    static void infrastructure() {
        LocalInfra.requireKafka();
        LocalInfra.recreateDatabase(CATALOGUE_DB);
    }

    @Test
    void aCommittedEventSurvivesACrashOfItsPublisher(OrderSuite suite) throws Exception {
        ServiceProcess auth = suite.auth;
        String authUrl = auth.url();
        Partners.Partner partner = Partners.register(auth, "sellers:write");
        String stranded;
        // The relay is switched off, as if the process died between commit and relay.
        try (ServiceProcess catalogue = new ServiceProcess("catalogue-service", CATALOGUE_DB,
                Map.of("HAAT_OUTBOX_RELAY_ENABLED", "false", "HAAT_AUTH_URL", authUrl)).start()) {
            stranded = createSeller(catalogue, partner, "Stranded Stores");
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> count(CATALOGUE_DB, "select count(*) from outbox_event where sent_at is null") >= 1);
            assertEquals(0, knownSellers(suite, stranded));
            catalogue.crash();
        }

        try (ServiceProcess catalogue = new ServiceProcess("catalogue-service", CATALOGUE_DB,
                Map.of("HAAT_AUTH_URL", authUrl)).start()) {
            await().atMost(Duration.ofSeconds(120)).until(() -> knownSellers(suite, stranded) == 1);
            String live = createSeller(catalogue, partner, "Live Stores");
            await().atMost(Duration.ofSeconds(120)).until(() -> knownSellers(suite, live) == 1);
            assertEquals(0, count(CATALOGUE_DB, "select count(*) from outbox_event where sent_at is null"));
        }
    }

    private static String createSeller(ServiceProcess catalogue, Partners.Partner partner, String name) {
        return given().baseUri(catalogue.url()).header("Authorization", partner.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/sellers")
                .then().statusCode(201).extract().path("id");
    }

    private static long knownSellers(OrderSuite suite, String sellerId) throws SQLException {
        try (Connection connection = LocalInfra.connect(suite.authDatabase());
                PreparedStatement query = connection.prepareStatement("select count(*) from seller_directory where seller_id = ?")) {
            query.setObject(1, UUID.fromString(sellerId));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection connection = LocalInfra.connect(database);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
