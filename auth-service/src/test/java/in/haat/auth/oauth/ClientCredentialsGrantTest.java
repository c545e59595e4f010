package in.haat.auth.oauth;

import static in.haat.auth.oauth.AuthApi.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The client_credentials grant, the Setu-compatible call, and every RFC 6749 error the token endpoint gives. */
@QuarkusTest
class ClientCredentialsGrantTest {

    @Inject
    Pool database;

    @Test
    void aPartnerGetsAShortLivedTokenNamingItsPartnerId() throws Exception {
        AuthApi.Client partner = AuthApi.partner("setu-like-partner", "sellers:write", "catalogue:write");
        String jwt = token(partner, "grant_type", "client_credentials").then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("sellers:write catalogue:write"))
                .body("refresh_token", equalTo(null))
                .extract().path("access_token");

        JwtClaims claims = AuthApi.verify(jwt);
        assertEquals(partner.id(), claims.getClaimValueAsString("client_id"));
        assertEquals(partner.id(), claims.getSubject());
        assertEquals("partner", claims.getClaimValueAsString("haat_client_kind"));
        assertEquals("setu-like-partner", claims.getClaimValueAsString("haat_partner_id"));
        assertEquals("sellers:write catalogue:write", claims.getClaimValueAsString("scope"));
        assertEquals(900, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertFalse(claims.getJwtId().isBlank());
        assertNull(claims.getClaimValue("haat_seller_ids"));
    }

    @Test
    void aSellerAuthenticatingWithFormFieldsGetsATokenForItselfOnly() throws Exception {
        UUID seller = AuthApi.knownSeller(database, null);
        AuthApi.Client client = AuthApi.seller(seller, "catalogue:read", "orders:read");
        String jwt = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("scope", "orders:read")
                .formParam("client_id", client.id()).formParam("client_secret", client.secret())
                .post("/oauth2/token").then().statusCode(200).body("scope", equalTo("orders:read"))
                .extract().path("access_token");
        JwtClaims claims = AuthApi.verify(jwt);
        assertEquals(List.of(seller.toString()), claims.getStringListClaimValue("haat_seller_ids"));
        assertEquals("seller", claims.getClaimValueAsString("haat_client_kind"));
    }

    @Test
    void aWrongSecretOverBasicIsInvalidClientWithAChallenge() {
        AuthApi.Client partner = AuthApi.partner("p-wrong", "sellers:read");
        token(new AuthApi.Client(partner.id(), "not-the-secret"), "grant_type", "client_credentials").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_client"));
        token(new AuthApi.Client("hc_nobody", "whatever"), "grant_type", "client_credentials").then()
                .statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aWrongSecretInTheFormIsInvalidClient() {
        AuthApi.Client partner = AuthApi.partner("p-form", "sellers:read");
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", partner.id()).formParam("client_secret", "nope")
                .post("/oauth2/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void badRequestsGetTheirRfc6749Errors() {
        AuthApi.Client partner = AuthApi.partner("p-errors", "sellers:read");
        token(partner).then().statusCode(400).body("error", equalTo("invalid_request"));
        token(partner, "grant_type", "password", "username", "u", "password", "p").then()
                .statusCode(400).body("error", equalTo("unsupported_grant_type"));
        token(partner, "grant_type", "client_credentials", "scope", "sellers:read orders:write").then()
                .statusCode(400).body("error", equalTo("invalid_scope"));
        given().header("Authorization", partner.basic()).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_secret", partner.secret())
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_request"));
        given().header("Authorization", partner.basic()).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aThirdPartyAppCannotUseClientCredentials() {
        AuthApi.Client app = AuthApi.app("https://app.example/callback", "orders:read");
        token(app, "grant_type", "client_credentials").then().statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void setuIntegrationsGetTheirTokenShape() throws Exception {
        AuthApi.Client partner = AuthApi.partner("p-setu", "sellers:write");
        String jwt = given().contentType(ContentType.JSON)
                .body(Map.of("client_id", partner.id(), "client_secret", partner.secret(), "grant_type", "client_credentials"))
                .post("/auth/token").then()
                .statusCode(200)
                .body("expiresIn", equalTo(3600))
                .extract().path("accessToken");
        assertEquals("p-setu", AuthApi.verify(jwt).getClaimValueAsString("haat_partner_id"));

        given().contentType(ContentType.JSON)
                .body(Map.of("client_id", partner.id(), "client_secret", "wrong", "grant_type", "client_credentials"))
                .post("/auth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().contentType(ContentType.JSON)
                .body(Map.of("client_id", partner.id(), "client_secret", partner.secret(), "grant_type", "refresh_token"))
                .post("/auth/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.JSON).body("{\"client_id\": ").post("/auth/token").then().statusCode(400);
    }
}
