package in.haat.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import in.haat.testinfra.LocalInfra;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens issued by the real auth-service are trusted by the other services through its discovery and JWKS,
 * tenants stay apart, and revoking a client locks it out of every service within seconds.
 */
class TokensAcrossServicesTest {

    private static final String AUTH_DB = "haat_auth_e2e_tokens";
    private static final String CATALOGUE_DB = "haat_catalogue_e2e_tokens";
    private static final String INVENTORY_DB = "haat_inventory_e2e_tokens";

    @BeforeAll
    static void infrastructure() {
        LocalInfra.requireKafka();
        LocalInfra.recreateDatabase(AUTH_DB);
        LocalInfra.recreateDatabase(CATALOGUE_DB);
        LocalInfra.recreateDatabase(INVENTORY_DB);
    }

    @Test
    void partnersActOnlyForTheirSellersUntilRevoked() throws Exception {
        int authPort = ServiceProcess.freePort();
        String authUrl = "http://localhost:" + authPort;
        Map<String, String> authEnv = new HashMap<>(Partners.authEnv());
        authEnv.put("HAAT_AUTH_ISSUER", authUrl);
        authEnv.put("MP_MESSAGING_INCOMING_CATALOGUE_EVENTS_GROUP_ID", "auth-e2e-" + UUID.randomUUID());
        Map<String, String> resourceEnv = Map.of("HAAT_AUTH_URL", authUrl);

        try (ServiceProcess auth = new ServiceProcess("auth-service", AUTH_DB, authPort, authEnv).start();
                ServiceProcess catalogue = new ServiceProcess("catalogue-service", CATALOGUE_DB, resourceEnv).start();
                ServiceProcess inventory = new ServiceProcess("inventory-service", INVENTORY_DB, resourceEnv).start()) {
            Partners.Partner asha = Partners.register(auth, "sellers:write", "sellers:read", "inventory:read");
            Partners.Partner rival = Partners.register(auth, "sellers:write", "sellers:read", "inventory:read");

            String seller = given().baseUri(catalogue.url()).header("Authorization", asha.bearer())
                    .contentType(ContentType.JSON).body(Map.of("name", "Asha Stores"))
                    .post("/api/sellers").then().statusCode(201).extract().path("id");
            given().baseUri(catalogue.url()).header("Authorization", asha.bearer()).get("/api/sellers/" + seller)
                    .then().statusCode(200).body("name", equalTo("Asha Stores"));

            // Another partner sees nothing, not even that the seller exists.
            given().baseUri(catalogue.url()).header("Authorization", rival.bearer()).get("/api/sellers/" + seller)
                    .then().statusCode(404);
            given().baseUri(catalogue.url()).get("/api/sellers/" + seller).then().statusCode(401);

            // inventory-service learns the seller's partner from seller.created, then lets only that partner in.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(inventory.url())
                    .header("Authorization", asha.bearer()).get("/api/sellers/" + seller + "/stock").then().statusCode(200));
            given().baseUri(inventory.url()).header("Authorization", rival.bearer()).get("/api/sellers/" + seller + "/stock")
                    .then().statusCode(404);

            Partners.revoke(auth, asha);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().baseUri(catalogue.url())
                    .header("Authorization", asha.bearer()).get("/api/sellers/" + seller).then().statusCode(401));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().baseUri(inventory.url())
                    .header("Authorization", asha.bearer()).get("/api/sellers/" + seller + "/stock").then().statusCode(401));
        }
    }
}
