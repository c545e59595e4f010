package in.haat.auth.oauth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/** After a rotation the new key signs, and tokens signed by the old key still verify until they expire. */
@QuarkusTest
class KeyRotationTest {

    @Test
    void oldTokensStillVerifyAfterRotation() throws Exception {
        AuthApi.Client partner = AuthApi.partner("p-rotation", "sellers:read");
        String before = AuthApi.clientCredentialsToken(partner);
        String oldKid = kid(before);

        String newKid = given().header("Authorization", AuthApi.ADMIN).post("/admin/keys/rotate").then()
                .statusCode(200).extract().path("kid");
        String after = AuthApi.clientCredentialsToken(partner);

        assertEquals(newKid, kid(after));
        assertNotEquals(oldKid, newKid);
        given().get("/jwks").then().statusCode(200).body("keys.kid", hasItems(oldKid, newKid))
                .body("keys[0].kid", equalTo(newKid)).body("keys[0].alg", equalTo("RS256")).body("keys[0].use", equalTo("sig"))
                .body("keys[0].d", equalTo(null));
        AuthApi.verify(before);
        AuthApi.verify(after);
        AuthApi.introspect(partner, before).then().statusCode(200).body("active", equalTo(true));
        AuthApi.introspect(partner, after).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void rotationNeedsTheAdminCredential() {
        given().post("/admin/keys/rotate").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }

    private static String kid(String jwt) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        assertEquals("at+jwt", jws.getHeader("typ"));
        return jws.getKeyIdHeaderValue();
    }
}
