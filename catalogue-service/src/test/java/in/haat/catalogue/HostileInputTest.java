package in.haat.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.testinfra.HostileClients;
import in.haat.testinfra.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hostile input answered with a 4xx in the one error shape and nothing stored: NUL characters in bodies, paths and
 * queries, bearer tokens that cannot be JWTs, and a chunked body that never ends.
 */
@QuarkusTest
class HostileInputTest {

    @Inject
    Pool database;

    @TestHTTPResource("/")
    URL root;

    private final String partner = "partner-" + UUID.randomUUID();

    private String token() {
        return TestTokens.partner(partner).scopes("sellers:write", "sellers:read").bearer();
    }

    @Test
    void aNulCharacterInAnyJsonStringOrKeyIs400AndNothingIsStored() {
        for (String body : List.of("{\"name\": \"A\\u0000sha\", \"contact_email\": \"asha@example.in\"}",
                "{\"name\": \"Asha\", \"contact_email\": \"asha\\u0000@example.in\"}",
                "{\"na\\u0000me\": \"Asha\", \"contact_email\": \"asha@example.in\"}")) {
            given().contentType(ContentType.JSON).header("Authorization", token()).body(body).post("/api/sellers").then()
                    .statusCode(400).contentType(ContentType.JSON)
                    .body("error.code", equalTo("INVALID_REQUEST")).body("error.message", containsString("NUL"));
        }
        // An escaped backslash before u0000 is ordinary text, not a NUL: the scanner must tell the two apart.
        given().contentType(ContentType.JSON).header("Authorization", token())
                .body("{\"name\": \"A\\\\u0000sha\", \"contact_email\": \"asha@example.in\"}").post("/api/sellers").then()
                .statusCode(201);
        assertEquals(1, sellersOfPartner());
    }

    @Test
    void aNulCharacterInAPathOrQueryIs400() {
        for (String path : List.of("/api/sellers/%00", "/api/sellers?cursor=%00", "/api/sellers?limit=1%00",
                "/api/storefronts/" + UUID.randomUUID() + "%00/catalogue")) {
            given().urlEncodingEnabled(false).header("Authorization", token()).get(path).then()
                    .statusCode(400).contentType(ContentType.JSON).body("error.code", equalTo("INVALID_REQUEST"));
        }
    }

    @Test
    void aBearerTokenThatCannotBeAJwtIs401WithOneChallenge() {
        for (String authorization : List.of("Bearer .", "Bearer", "Bearer ..", "Bearer a..b", "bearer .", "Bearer a.b.c.d",
                "Bearer \u00e9.\u00e9.\u00e9")) {
            for (String path : List.of("/api/sellers", "/api/sellers/" + UUID.randomUUID(), "/q/health/live")) {
                Response response = given().header("Authorization", authorization).get(path);
                response.then().statusCode(401).contentType(ContentType.JSON).body("error.code", equalTo("UNAUTHORIZED"));
                assertEquals(1, response.headers().getValues("WWW-Authenticate").size(), authorization + " " + path);
                assertTrue(response.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""));
            }
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413() throws Exception {
        // The limit is 16K in tests; a client that would send 50 MB is stopped after a few socket buffers' worth.
        HostileClients.Answer answer = HostileClients.chunkedUpload(root.toString().replaceAll("/$", "") + "/api/sellers",
                Map.of("Authorization", token(), "Content-Type", "application/json"), 50L * 1024 * 1024);
        assertEquals(413, answer.status(), answer.headers());
        assertTrue(answer.body().contains("\"PAYLOAD_TOO_LARGE\""), answer.body());
        assertTrue(answer.bytesSent() < 10L * 1024 * 1024, "sent " + answer.bytesSent() + " bytes before the answer");
        assertEquals(0, sellersOfPartner());
    }

    private long sellersOfPartner() {
        return database.preparedQuery("select count(*) from seller where partner_id = $1").execute(Tuple.of(partner))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
