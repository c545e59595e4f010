package in.haat.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every failure of the REST API answers in the one error shape, with the status the client's mistake deserves. */
@QuarkusTest
class ErrorShapeTest {

    private RequestSpecification asPartner() {
        return given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.partner("partner-" + UUID.randomUUID())
                        .scopes("sellers:write", "sellers:read").bearer());
    }

    @Test
    void malformedJsonIs400() {
        asPartner().body("{\"name\": \"Asha\"").post("/api/sellers").then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.message", containsString("not valid JSON"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        asPartner().body("{\"name\": [\"Asha\"], \"contact_email\": \"asha@example.in\"}").post("/api/sellers").then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.details[0].field", equalTo("name"))
                .body("error.details[0].message", equalTo("must be a string"));
        // Not silently stored as "5".
        asPartner().body("{\"name\": 5}").post("/api/sellers").then()
                .statusCode(400)
                .body("error.details[0].field", equalTo("name"));
    }

    @Test
    void aBlankNameIs400WithTheFieldByItsJsonName() {
        asPartner().body("{\"name\": \" \", \"contact_email\": \"not-an-email\"}").post("/api/sellers").then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.details", hasSize(2))
                .body("error.details.field", hasItem("name"))
                .body("error.details.field", hasItem("contact_email"))
                .body("error.details.find { it.field == 'name' }.message", equalTo("must not be blank"));
    }

    @Test
    void aMissingBodyIs400() {
        asPartner().post("/api/sellers").then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.message", notNullValue());
    }

    @Test
    void anUnknownSellerIs404() {
        asPartner().get("/api/sellers/" + UUID.randomUUID()).then()
                .statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        // Not a UUID: no such seller either, not a 500.
        asPartner().get("/api/sellers/not-a-uuid").then()
                .statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWrongMethodOrMediaTypeKeepsItsStatusAndTheShape() {
        asPartner().put("/api/sellers/" + UUID.randomUUID()).then()
                .statusCode(405)
                .body("error.code", equalTo("METHOD_NOT_ALLOWED"));
        asPartner().contentType(ContentType.TEXT).body("name=Asha").post("/api/sellers").then()
                .statusCode(415)
                .body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aBodyOverTheLimitIs413InTheShape() {
        // %test sets the limit to 16K: a body just over it still fits in the socket buffers, so the client finishes
        // sending before the server, which answers without reading it, closes the connection.
        String name = "x".repeat(20 * 1024);
        asPartner().body("{\"name\": \"" + name + "\"}").post("/api/sellers").then()
                .statusCode(413)
                .body("error.code", equalTo("PAYLOAD_TOO_LARGE"));
    }
}
