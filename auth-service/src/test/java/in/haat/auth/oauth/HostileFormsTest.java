package in.haat.auth.oauth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Form bodies and credentials no OAuth client would send: each is an RFC 6749 {@code invalid_request} (or
 * {@code invalid_client}) in JSON, never the form reader's 500; and no token is issued.
 */
@QuarkusTest
class HostileFormsTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT));

    @Inject
    Pool database;

    @Test
    void malformedFormsAreInvalidRequestsOnEveryOAuthEndpoint() {
        AuthApi.Client client = AuthApi.partner("partner-" + UUID.randomUUID(), "sellers:read");
        long tokensBefore = refreshTokens();
        for (String body : List.of("=", "scope=%ZZ", "grant_type=client_credentials&scope=%ZZ", "&=&",
                "grant_type=client_credentials&scope=sellers%00read", "grant_type=client%5")) {
            for (String path : List.of("/oauth2/token", "/oauth2/introspect", "/oauth2/revoke", "/oauth2/authorize")) {
                given().config(RAW).header("Authorization", client.basic()).contentType("application/x-www-form-urlencoded")
                        .body(body.getBytes(StandardCharsets.US_ASCII)).post(path).then()
                        .statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_request"));
            }
        }
        assertEquals(tokensBefore, refreshTokens());
    }

    @Test
    void brokenBasicCredentialsAreInvalidClient() {
        for (String credentials : List.of("%ZZ:secret", "id:%ZZ", "id%00:secret")) {
            given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post("/oauth2/token").then()
                    .statusCode(401).body("error", equalTo("invalid_client")).header("WWW-Authenticate", startsWith("Basic"));
        }
    }

    @Test
    void aNulInAdminJsonOrPathIs400() {
        given().header("Authorization", AuthApi.ADMIN).contentType(ContentType.JSON)
                .body("{\"kind\": \"partner\", \"name\": \"P\\u0000\", \"partner_id\": \"p\", \"scopes\": [\"sellers:read\"]}")
                .post("/admin/clients").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        given().urlEncodingEnabled(false).header("Authorization", AuthApi.ADMIN).get("/admin/clients/a%00b").then()
                .statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
    }

    private long refreshTokens() {
        return database.query("select count(*) from refresh_token").execute().await().indefinitely().iterator().next().getLong(0);
    }
}
