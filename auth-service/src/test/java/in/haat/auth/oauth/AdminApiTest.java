package in.haat.auth.oauth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin API: only with the admin credential; secrets shown once, stored hashed, rotatable. */
@QuarkusTest
class AdminApiTest {

    @Inject
    Pool database;

    @Test
    void withoutTheAdminCredentialNothingHappens() {
        Map<String, Object> body = Map.of("kind", "partner", "name", "x", "partner_id", "x", "scopes", List.of("sellers:read"));
        given().contentType(ContentType.JSON).body(body).post("/admin/clients").then()
                .statusCode(401).header("WWW-Authenticate", startsWith("Bearer")).body("error.code", equalTo("UNAUTHORIZED"));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(body).post("/admin/clients").then()
                .statusCode(401);
    }

    @Test
    void aSecretIsShownOnceAndStoredOnlyAsAHash() {
        AuthApi.Client partner = AuthApi.partner("p-hash", "sellers:read");
        given().header("Authorization", AuthApi.ADMIN).get("/admin/clients/" + partner.id()).then()
                .statusCode(200).body("$", not(hasKey("client_secret"))).body("kind", equalTo("partner"));
        String stored = database.preparedQuery("select secret_hash from api_client where client_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(partner.id())).await().indefinitely().iterator().next().getString(0);
        org.junit.jupiter.api.Assertions.assertTrue(stored.startsWith("pbkdf2-sha256$"));
        org.junit.jupiter.api.Assertions.assertFalse(stored.contains(partner.secret()));
    }

    @Test
    void rotatingASecretRetiresTheOldOne() {
        AuthApi.Client partner = AuthApi.partner("p-rotate-secret", "sellers:read");
        String newSecret = given().header("Authorization", AuthApi.ADMIN).post("/admin/clients/" + partner.id() + "/secret")
                .then().statusCode(200).extract().path("client_secret");
        AuthApi.token(partner, "grant_type", "client_credentials").then().statusCode(401).body("error", equalTo("invalid_client"));
        AuthApi.token(new AuthApi.Client(partner.id(), newSecret), "grant_type", "client_credentials").then().statusCode(200);
    }

    @Test
    void invalidRegistrationsAreRefusedWithReasons() {
        given().header("Authorization", AuthApi.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "partner", "name", "", "scopes", List.of()))
                .post("/admin/clients").then().statusCode(400).body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.details.field", hasItem("name"));
        given().header("Authorization", AuthApi.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "partner", "name", "p", "partner_id", "p1", "scopes", List.of("everything")))
                .post("/admin/clients").then().statusCode(422).body("error.code", equalTo("UNPROCESSABLE"));
        given().header("Authorization", AuthApi.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "seller", "name", "s", "seller_id", UUID.randomUUID().toString(), "scopes", List.of("orders:read")))
                .post("/admin/clients").then().statusCode(422);
        given().header("Authorization", AuthApi.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "third_party", "name", "a", "redirect_uris", List.of("http://evil.example/cb"), "scopes", List.of("orders:read")))
                .post("/admin/clients").then().statusCode(422);
        given().header("Authorization", AuthApi.ADMIN).get("/admin/clients/hc_missing").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
    }
}
