package in.haat.auth.oauth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import in.haat.auth.service.Pkce;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A third-party app acting for a seller: authorization code with PKCE, consent, refresh with rotation. */
@QuarkusTest
class AuthorizationCodeFlowTest {

    private static final String CALLBACK = "https://ledger.example/oauth/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-long-enough";

    @Inject
    Pool database;

    private AuthApi.Client app;
    private AuthApi.Client sellerLogin;
    private UUID seller;

    @BeforeEach
    void clients() {
        seller = AuthApi.knownSeller(database, null);
        sellerLogin = AuthApi.seller(seller, "orders:read");
        app = AuthApi.app(CALLBACK, "orders:read", "catalogue:read");
    }

    @Test
    void anAppGetsTokensForTheSellerThatApproved() throws Exception {
        given().queryParams(authorizeQuery()).get("/oauth2/authorize").then()
                .statusCode(200)
                .header("X-Frame-Options", "DENY")
                .body(containsString("Ledger &lt;App&gt; &amp; Co"))
                .body(containsString("orders:read"))
                .body(not(containsString("<App>")));

        String code = approve(sellerLogin);
        Response tokens = exchange(code, VERIFIER, CALLBACK);
        tokens.then().statusCode(200).body("token_type", equalTo("Bearer")).body("scope", equalTo("orders:read"));
        JwtClaims claims = AuthApi.verify(tokens.path("access_token"));
        assertEquals(List.of(seller.toString()), claims.getStringListClaimValue("haat_seller_ids"));
        assertEquals("third_party", claims.getClaimValueAsString("haat_client_kind"));
        assertEquals("seller:" + seller, claims.getSubject());
        assertEquals(app.id(), claims.getClaimValueAsString("client_id"));

        // Refresh rotates: the new refresh token works, the old one is refused and ends the family.
        String firstRefresh = tokens.path("refresh_token");
        Response refreshed = AuthApi.token(app, "grant_type", "refresh_token", "refresh_token", firstRefresh);
        refreshed.then().statusCode(200).body("scope", equalTo("orders:read"));
        String secondRefresh = refreshed.path("refresh_token");
        assertNotEquals(firstRefresh, secondRefresh);
        AuthApi.token(app, "grant_type", "refresh_token", "refresh_token", firstRefresh).then()
                .statusCode(400).body("error", equalTo("invalid_grant"));
        AuthApi.token(app, "grant_type", "refresh_token", "refresh_token", secondRefresh).then()
                .statusCode(400).body("error", equalTo("invalid_grant"));

        // The code is single-use.
        exchange(code, VERIFIER, CALLBACK).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aCodeUsedTwiceRevokesEveryTokenIssuedFromIt() throws Exception {
        String code = approve(sellerLogin);
        Response tokens = exchange(code, VERIFIER, CALLBACK);
        tokens.then().statusCode(200);
        Response refreshed = AuthApi.token(app, "grant_type", "refresh_token", "refresh_token", tokens.path("refresh_token"));
        refreshed.then().statusCode(200);

        exchange(code, VERIFIER, CALLBACK).then().statusCode(400).body("error", equalTo("invalid_grant"));

        // RFC 6749 4.1.2: the refresh token family and both access tokens issued from the code are revoked.
        AuthApi.token(app, "grant_type", "refresh_token", "refresh_token", refreshed.path("refresh_token")).then()
                .statusCode(400).body("error", equalTo("invalid_grant"));
        for (String accessToken : List.of(tokens.<String>path("access_token"), refreshed.<String>path("access_token"))) {
            AuthApi.introspect(app, accessToken).then().statusCode(200).body("active", equalTo(false));
            String jti = AuthApi.verify(accessToken).getJwtId();
            assertEquals(1L, database.preparedQuery("select count(*) from outbox_event where event_type = 'access-token.revoked' "
                    + "and envelope like '%' || $1 || '%'").execute(io.vertx.mutiny.sqlclient.Tuple.of(jti))
                    .await().indefinitely().iterator().next().getLong(0));
        }
    }

    @Test
    void aWrongCodeVerifierSpendsTheCode() {
        String code = approve(sellerLogin);
        exchange(code, VERIFIER.replace('d', 'e'), CALLBACK).then().statusCode(400).body("error", equalTo("invalid_grant"));
        exchange(code, VERIFIER, CALLBACK).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void pkceAndRedirectUriAreEnforcedAtTheTokenEndpoint() {
        String code = approve(sellerLogin);
        exchange(code, VERIFIER.replace('d', 'e'), CALLBACK).then().statusCode(400).body("error", equalTo("invalid_grant"));
        String another = approve(sellerLogin);
        exchange(another, VERIFIER, "https://ledger.example/other").then().statusCode(400).body("error", equalTo("invalid_grant"));
        String third = approve(sellerLogin);
        AuthApi.token(app, "grant_type", "authorization_code", "code", third, "redirect_uri", CALLBACK).then()
                .statusCode(400).body("error", equalTo("invalid_request"));
        AuthApi.Client otherApp = AuthApi.app(CALLBACK, "orders:read");
        AuthApi.token(otherApp, "grant_type", "authorization_code", "code", third, "redirect_uri", CALLBACK,
                "code_verifier", VERIFIER).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aDecliningSellerSendsAccessDeniedBackWithTheState() {
        Map<String, String> form = new HashMap<>(authorizeQuery());
        form.put("decision", "deny");
        String location = given().redirects().follow(false).contentType(ContentType.URLENC).formParams(form)
                .post("/oauth2/authorize").then().statusCode(303).extract().header("Location");
        assertEquals("access_denied", query(location).get("error"));
        assertEquals("xyz-state", query(location).get("state"));
    }

    @Test
    void wrongSellerCredentialsAreAskedAgainAndGiveNoCode() {
        Map<String, String> form = new HashMap<>(authorizeQuery());
        form.put("decision", "approve");
        form.put("seller_client_id", sellerLogin.id());
        form.put("seller_client_secret", "wrong");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParams(form)
                .post("/oauth2/authorize").then().statusCode(401).body(containsString("not accepted"));
        // An app's own credentials are not a seller's.
        form.put("seller_client_id", app.id());
        form.put("seller_client_secret", app.secret());
        given().redirects().follow(false).contentType(ContentType.URLENC).formParams(form)
                .post("/oauth2/authorize").then().statusCode(401);
    }

    @Test
    void requestsThatCannotBeSentBackAreShownNotRedirected() {
        Map<String, String> query = new HashMap<>(authorizeQuery());
        query.put("redirect_uri", "https://evil.example/steal");
        given().redirects().follow(false).queryParams(query).get("/oauth2/authorize").then()
                .statusCode(400).body(containsString("not registered"));
        query = new HashMap<>(authorizeQuery());
        query.put("client_id", "hc_unknown");
        given().redirects().follow(false).queryParams(query).get("/oauth2/authorize").then().statusCode(400);
    }

    @Test
    void requestsWithoutPkceOrWithBadScopesAreRedirectedWithAnError() {
        Map<String, String> query = new HashMap<>(authorizeQuery());
        query.put("code_challenge_method", "plain");
        String location = given().redirects().follow(false).queryParams(query).get("/oauth2/authorize").then()
                .statusCode(303).header("Location", startsWith(CALLBACK)).extract().header("Location");
        assertEquals("invalid_request", query(location).get("error"));

        query = new HashMap<>(authorizeQuery());
        query.put("scope", "orders:write");
        location = given().redirects().follow(false).queryParams(query).get("/oauth2/authorize").then()
                .statusCode(303).extract().header("Location");
        assertEquals("invalid_scope", query(location).get("error"));

        query = new HashMap<>(authorizeQuery());
        query.put("response_type", "token");
        location = given().redirects().follow(false).queryParams(query).get("/oauth2/authorize").then()
                .statusCode(303).extract().header("Location");
        assertEquals("unsupported_response_type", query(location).get("error"));
    }

    private Map<String, String> authorizeQuery() {
        return Map.of("response_type", "code", "client_id", app.id(), "redirect_uri", CALLBACK, "scope", "orders:read",
                "state", "xyz-state", "code_challenge", Pkce.challengeOf(VERIFIER), "code_challenge_method", "S256");
    }

    private String approve(AuthApi.Client sellerClient) {
        Map<String, String> form = new HashMap<>(authorizeQuery());
        form.put("decision", "approve");
        form.put("seller_client_id", sellerClient.id());
        form.put("seller_client_secret", sellerClient.secret());
        String location = given().redirects().follow(false).contentType(ContentType.URLENC).formParams(form)
                .post("/oauth2/authorize").then().statusCode(303).extract().header("Location");
        assertEquals("xyz-state", query(location).get("state"));
        return query(location).get("code");
    }

    private Response exchange(String code, String verifier, String redirectUri) {
        return AuthApi.token(app, "grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "code_verifier", verifier);
    }

    private static Map<String, String> query(String location) {
        Map<String, String> params = new HashMap<>();
        String query = URI.create(location).getRawQuery();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
