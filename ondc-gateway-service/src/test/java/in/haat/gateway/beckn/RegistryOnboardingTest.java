package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.Ed25519Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Registry onboarding: our entry, the /on_subscribe challenge (ONDC's X25519/AES vector) and site verification. */
@QuarkusTest
class RegistryOnboardingTest {

    private static final String SIGNING_PUBLIC = "awGPjRK6i/Vg/lWr+0xObclVxlwZXvTjWYtlu6NeOHk=";

    @Test
    void theRegistryEntryNamesUsAndOurPublicKeys() {
        given().get("/ondc/registry-entry").then().statusCode(200)
                .body("subscriber_id", equalTo("haat.localhost"))
                .body("subscriber_url", equalTo("http://localhost:8080"))
                .body("unique_key_id", equalTo("haat-key-1"))
                .body("signing_public_key", equalTo(SIGNING_PUBLIC))
                .body("encr_public_key", startsWith("MCowBQYDK2VuAyEA"));
    }

    @Test
    void theChallengeIsAnsweredAsTheRegistryExpects() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subscriber_id", "haat.localhost", "challenge", "kRhgkI40Ifp8bu99DfTMUd8rYEssExBxsowo35/4mQw="))
                .post("/on_subscribe").then().statusCode(200).body("answer", equalTo("ondc-challenge-123"));
        given().contentType(ContentType.JSON).body(Map.of("subscriber_id", "haat.localhost", "challenge", "bm90IGVuY3J5cHRlZA=="))
                .post("/on_subscribe").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("subscriber_id", "someone.else", "challenge", "kRhgkI40Ifp8bu99DfTMUd8rYEssExBxsowo35/4mQw="))
                .post("/on_subscribe").then().statusCode(400);
    }

    @Test
    void siteVerificationCarriesOurSignatureOfTheRequestId() {
        String html = given().get("/ondc-site-verification.html").then().statusCode(200).extract().asString();
        Matcher content = Pattern.compile("content='([^']+)'").matcher(html);
        assertTrue(content.find(), html);
        assertTrue(BecknVerifier.signatureMatches("haat-subscribe-request", content.group(1), Ed25519Keys.publicKey(SIGNING_PUBLIC)));
    }
}
