package in.haat.auth.oauth;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/** Drives auth-service over HTTP the way a partner, a seller, an app and the admin would. */
final class AuthApi {

    static final String ADMIN = "Bearer test-admin-token";
    static final String ISSUER = "http://localhost:18081";

    /** A registered client and its one-time secret. */
    record Client(String id, String secret) {
        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes());
        }
    }

    private AuthApi() {
    }

    static Client partner(String partnerId, String... scopes) {
        return register(Map.of("kind", "partner", "name", "Partner " + partnerId, "partner_id", partnerId,
                "scopes", List.of(scopes)));
    }

    static Client seller(UUID sellerId, String... scopes) {
        return register(Map.of("kind", "seller", "name", "Seller " + sellerId, "seller_id", sellerId.toString(),
                "scopes", List.of(scopes)));
    }

    static Client app(String redirectUri, String... scopes) {
        return register(Map.of("kind", "third_party", "name", "Ledger <App> & Co", "redirect_uris", List.of(redirectUri),
                "scopes", List.of(scopes)));
    }

    static Client register(Map<String, Object> body) {
        Response response = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .post("/admin/clients");
        response.then().statusCode(201);
        return new Client(response.path("client_id"), response.path("client_secret"));
    }

    /** A seller auth-service knows, as if catalogue-service's seller.created had arrived. */
    static UUID knownSeller(Pool database, String partnerId) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into seller_directory (seller_id, name, partner_id, created_at) values ($1, $2, $3, now())")
                .execute(Tuple.of(id, "Seller " + id, partnerId)).await().indefinitely();
        return id;
    }

    static Response token(Client client, String... formPairs) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < formPairs.length; i += 2) {
            form.put(formPairs[i], formPairs[i + 1]);
        }
        return given().header("Authorization", client.basic()).contentType(ContentType.URLENC).formParams(form)
                .post("/oauth2/token");
    }

    static String clientCredentialsToken(Client client) {
        return token(client, "grant_type", "client_credentials").then().statusCode(200).extract().path("access_token");
    }

    /** Verifies a token against the published JWKS and answers its claims; fails if it does not verify. */
    static JwtClaims verify(String jwt) throws Exception {
        String jwks = given().get("/jwks").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience("haat-seller-api")
                .setRequireExpirationTime()
                .build()
                .processToClaims(jwt);
    }

    static Response introspect(Client client, String token) {
        return given().header("Authorization", client.basic()).contentType(ContentType.URLENC).formParam("token", token)
                .post("/oauth2/introspect");
    }
}
