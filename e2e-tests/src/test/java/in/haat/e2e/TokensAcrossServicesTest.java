package in.haat.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tokens issued by the real auth-service are trusted by the other services through its discovery and JWKS,
 * tenants stay apart, and revoking a client locks it out of every service within seconds. On the shared suite's
 * auth, catalogue and inventory services, with partners of its own.
 */
@ExtendWith(OrderSuite.Extension.class)
class TokensAcrossServicesTest {

    @Test
    void partnersActOnlyForTheirSellersUntilRevoked(OrderSuite suite) {
        ServiceProcess auth = suite.auth;
        ServiceProcess catalogue = suite.catalogue;
        ServiceProcess inventory = suite.inventory;
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
