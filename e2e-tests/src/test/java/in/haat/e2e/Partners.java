package in.haat.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers partners in a running auth-service through its admin API and gets their tokens, as a partner would. */
final class Partners {

    static final String ADMIN_TOKEN = "e2e-admin-" + UUID.randomUUID();

    /** A partner client and a fresh access token of it. */
    record Partner(String partnerId, String clientId, String clientSecret, String accessToken) {
        String bearer() {
            return "Bearer " + accessToken;
        }
    }

    private Partners() {
    }

    /** auth-service's environment for these tests: the admin credential, and its own URL as the issuer. */
    static Map<String, String> authEnv() {
        return Map.of("HAAT_AUTH_ADMIN_TOKEN", ADMIN_TOKEN);
    }

    static Partner register(ServiceProcess auth, String... scopes) {
        String partnerId = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        var created = given().baseUri(auth.url()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "partner", "name", "Partner " + partnerId, "partner_id", partnerId, "scopes", List.of(scopes)))
                .post("/admin/clients").then().statusCode(201).extract();
        String clientId = created.path("client_id");
        String secret = created.path("client_secret");
        String token = given().baseUri(auth.url()).auth().preemptive().basic(clientId, secret)
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        return new Partner(partnerId, clientId, secret, token);
    }

    static void revoke(ServiceProcess auth, Partner partner) {
        given().baseUri(auth.url()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .post("/admin/clients/" + partner.clientId() + "/revoke").then().statusCode(200);
    }
}
