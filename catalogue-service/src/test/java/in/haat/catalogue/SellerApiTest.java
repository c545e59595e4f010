package in.haat.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import in.haat.testinfra.SellerApiContract;
import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * catalogue-service keeps the seller-API contract on GET /api/sellers/{id}, checked against its own seller
 * table; registering a seller is for partner tokens with sellers:write only.
 */
@QuarkusTest
class SellerApiTest extends SellerApiContract {

    @Override
    protected String pathOf(UUID sellerId) {
        return "/api/sellers/" + sellerId;
    }

    @Override
    protected String readScope() {
        return "sellers:read";
    }

    /** Sellers are created here, by their partner: no event round trip. */
    @Override
    protected UUID createSeller(String partnerId) {
        String id = given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.partner(partnerId).scopes("sellers:write").bearer())
                .body(Map.of("name", "Test Stores", "contact_email", "test@example.in"))
                .post("/api/sellers")
                .then().statusCode(201).body("partner_id", equalTo(partnerId)).extract().path("id");
        return UUID.fromString(id);
    }

    @Test
    void aPartnerReadsItsSellerAtOnce() {
        String partner = "partner-" + UUID.randomUUID();
        UUID seller = createSeller(partner);
        given().header("Authorization", TestTokens.partner(partner).scopes("sellers:read").bearer())
                .get(pathOf(seller)).then()
                .statusCode(200)
                .body("id", equalTo(seller.toString()))
                .body("partner_id", equalTo(partner))
                .body("name", equalTo("Test Stores"));
    }

    @Test
    void onlyPartnerTokensRegisterSellers() {
        UUID seller = UUID.randomUUID();
        for (TestTokens.Builder token : new TestTokens.Builder[] {
                TestTokens.seller(seller).scopes("sellers:write"),
                TestTokens.thirdParty(seller).scopes("sellers:write") }) {
            given().contentType(ContentType.JSON).header("Authorization", token.bearer())
                    .body(Map.of("name", "Not Mine"))
                    .post("/api/sellers").then()
                    .statusCode(403)
                    .body("error.code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void registeringNeedsSellersWrite() {
        given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.partner("partner-" + UUID.randomUUID()).scopes("sellers:read").bearer())
                .body(Map.of("name", "Asha Stores"))
                .post("/api/sellers").then()
                .statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Asha Stores"))
                .post("/api/sellers").then()
                .statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
    }
}
