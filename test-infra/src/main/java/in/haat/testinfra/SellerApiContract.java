package in.haat.testinfra;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.events.EventCodec;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every seller-facing endpoint promises about tokens and tenants, checked against one protected read
 * of the running service: 401 without a valid token, 403 without the scope, 404 (never 403, never data) for
 * another tenant's seller, 200 for the caller's own, and 401 within seconds once the client is revoked.
 * A service's test extends it, adds {@code @QuarkusTest} and names its endpoint; the module's tests must run
 * with {@link SellerApiInfrastructure}.
 */
public abstract class SellerApiContract {

    /** How long the service may take to learn an event (seller directory, revocation). */
    protected static final Duration EVENTUAL = Duration.ofSeconds(20);

    @Inject
    protected EventCodec codec;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrap;

    protected TestEvents events;

    /** The protected GET path of one seller's resource, such as {@code /api/sellers/{id}/stock}. */
    protected abstract String pathOf(UUID sellerId);

    /** The scope that GET needs. */
    protected abstract String readScope();

    /**
     * Registers a seller owned by {@code partnerId} the way this service learns of sellers, and returns its id.
     * By default: a {@code seller.created} event, as catalogue-service publishes it.
     */
    protected UUID createSeller(String partnerId) {
        UUID sellerId = UUID.randomUUID();
        events.sellerCreated(sellerId, partnerId, "Test Stores " + sellerId);
        return sellerId;
    }

    @BeforeEach
    void connectToKafka() {
        events = new TestEvents(bootstrap, codec);
    }

    @AfterEach
    void closeKafka() {
        events.close();
    }

    @Test
    void aRequestWithoutATokenIs401() {
        given().get(pathOf(UUID.randomUUID())).then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("error.code", equalTo("UNAUTHORIZED"))
                .body("error.message", notNullValue());
    }

    @Test
    void anExpiredTokenIs401() {
        UUID seller = UUID.randomUUID();
        call(TestTokens.seller(seller).scopes(readScope()).expired().bearer(), seller)
                .statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .header("WWW-Authenticate", containsString("expired"))
                .body("error.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aTokenAlreadyVerifiedIsRefusedOnceItExpires() throws InterruptedException {
        UUID seller = createSeller("partner-" + UUID.randomUUID());
        awaitStatus(TestTokens.seller(seller).scopes(readScope()).bearer(), seller, 200);
        TestTokens.Builder token = TestTokens.seller(seller).scopes(readScope()).expiresIn(Duration.ofSeconds(4));
        String bearer = token.bearer();
        // Verified once, then answered from what was verified (VerifiedTokens) until the token's exp.
        call(bearer, seller).statusCode(200);
        call(bearer, seller).statusCode(200);
        Thread.sleep(Duration.ofSeconds(6));
        call(bearer, seller)
                .statusCode(401)
                .header("WWW-Authenticate", containsString("expired"))
                .body("error.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        UUID seller = UUID.randomUUID();
        call(TestTokens.seller(seller).scopes(readScope()).signedWithWrongKey().bearer(), seller)
                .statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("error.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aTokenForAnotherAudienceOrIssuerIs401() {
        UUID seller = UUID.randomUUID();
        call(TestTokens.seller(seller).scopes(readScope()).audience("another-api").bearer(), seller).statusCode(401);
        call(TestTokens.seller(seller).scopes(readScope()).issuer("http://elsewhere.example").bearer(), seller)
                .statusCode(401);
    }

    @Test
    void aTokenOutsideTheContractIs401() {
        UUID seller = UUID.randomUUID();
        call("Bearer not-a-jwt", seller).statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        // An ID token or any other JWT of the same issuer is not an access token.
        call(TestTokens.seller(seller).scopes(readScope()).type("JWT").bearer(), seller).statusCode(401);
        call(TestTokens.seller(seller).scopes(readScope()).kind("admin").bearer(), seller).statusCode(401);
        call(TestTokens.seller(seller).scopes(readScope()).without("client_id").bearer(), seller).statusCode(401);
    }

    @Test
    void aTokenWithoutTheScopeIs403() {
        UUID seller = createSeller("partner-" + UUID.randomUUID());
        String otherScopes = "sellers:read".equals(readScope()) ? "catalogue:read" : "sellers:read";
        call(TestTokens.seller(seller).scopes(otherScopes).bearer(), seller)
                .statusCode(403)
                .header("WWW-Authenticate", containsString("error=\"insufficient_scope\""))
                .header("WWW-Authenticate", containsString(readScope()))
                .body("error.code", equalTo("FORBIDDEN"));
    }

    @Test
    void theScopeClaimIsSplitIntoOneRolePerScope() {
        UUID seller = createSeller("partner-" + UUID.randomUUID());
        // The needed scope in the middle of others: only a split claim makes it a role of its own.
        String token = TestTokens.seller(seller).scopes("sellers:write", readScope(), "orders:write").bearer();
        awaitStatus(token, seller, 200);
    }

    @Test
    void aSellerReadsItself() {
        UUID seller = createSeller("partner-" + UUID.randomUUID());
        awaitStatus(TestTokens.seller(seller).scopes(readScope()).bearer(), seller, 200);
    }

    @Test
    void aSellerTokenReadingAnotherSellerIs404WithoutData() {
        UUID mine = createSeller("partner-" + UUID.randomUUID());
        UUID theirs = createSeller("partner-" + UUID.randomUUID());
        awaitStatus(TestTokens.seller(theirs).scopes(readScope()).bearer(), theirs, 200);

        assertNotFoundWithoutData(call(TestTokens.seller(mine).scopes(readScope()).bearer(), theirs));
        assertNotFoundWithoutData(call(TestTokens.thirdParty(mine).scopes(readScope()).bearer(), theirs));
    }

    @Test
    void aPartnerReadsTheSellersItOwns() {
        String partner = "partner-" + UUID.randomUUID();
        UUID seller = createSeller(partner);
        awaitStatus(TestTokens.partner(partner).scopes(readScope()).bearer(), seller, 200);
    }

    @Test
    void aPartnerReadingAnotherPartnersSellerIs404() {
        String owner = "partner-" + UUID.randomUUID();
        UUID seller = createSeller(owner);
        // Known to the service first, so the 404 below is the tenant rule and not a seller not yet learnt.
        awaitStatus(TestTokens.partner(owner).scopes(readScope()).bearer(), seller, 200);

        assertNotFoundWithoutData(call(TestTokens.partner("partner-" + UUID.randomUUID()).scopes(readScope()).bearer(), seller));
        // A partner id on a token that is not a partner token gives nothing either.
        assertNotFoundWithoutData(call(TestTokens.thirdParty().partnerId(owner).scopes(readScope()).bearer(), seller));
    }

    @Test
    void aRevokedClientIsRefusedWithinSeconds() {
        UUID seller = createSeller("partner-" + UUID.randomUUID());
        TestTokens.Builder token = TestTokens.seller(seller).scopes(readScope());
        String bearer = token.bearer();
        awaitStatus(bearer, seller, 200);

        events.clientRevoked(token.clientId());

        awaitStatus(bearer, seller, 401);
        call(bearer, seller)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .header("WWW-Authenticate", containsString("revoked"))
                .body("error.code", equalTo("UNAUTHORIZED"));
        // A new token of the same client is refused as well: the client is revoked, not one token.
        call(TestTokens.seller(seller).clientId(token.clientId()).scopes(readScope()).bearer(), seller).statusCode(401);
    }

    @Test
    void aSingleRevokedAccessTokenIsRefusedWithinSecondsAndTheClientsOthersAreNot() {
        UUID seller = createSeller("partner-" + UUID.randomUUID());
        String jti = UUID.randomUUID().toString();
        TestTokens.Builder token = TestTokens.seller(seller).scopes(readScope()).claim("jti", jti);
        String bearer = token.bearer();
        awaitStatus(bearer, seller, 200);

        events.accessTokenRevoked(jti, token.clientId(), Instant.now().plus(Duration.ofMinutes(15)));

        awaitStatus(bearer, seller, 401);
        call(bearer, seller).header("WWW-Authenticate", containsString("revoked")).body("error.code", equalTo("UNAUTHORIZED"));
        // RFC 7009 revoked this token, not its client: the client's next token works.
        call(TestTokens.seller(seller).clientId(token.clientId()).scopes(readScope()).bearer(), seller).statusCode(200);
    }

    /** GET of the seller's resource with an Authorization header. */
    protected ValidatableResponse call(String authorization, UUID sellerId) {
        return given().header("Authorization", authorization).get(pathOf(sellerId)).then();
    }

    protected void awaitStatus(String authorization, UUID sellerId, int status) {
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("Authorization", authorization).get(pathOf(sellerId)).statusCode() == status);
    }

    /** A 404 in the error shape, and nothing else in the body: no data of the other tenant leaks. */
    protected static void assertNotFoundWithoutData(ValidatableResponse response) {
        Map<String, Object> body = response
                .statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", not(containsString("partner")))
                .extract().jsonPath().getMap("$");
        assertEquals(Set.of("error"), body.keySet(), "a 404 body carries the error only");
    }
}
