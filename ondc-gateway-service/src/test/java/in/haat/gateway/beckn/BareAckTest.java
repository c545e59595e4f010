package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The benchmarks' no-work ACK endpoint is closed unless a local run opens it: a deployed edge accepts nothing unchecked. */
@QuarkusTest
class BareAckTest {

    @Test
    void isNotFoundUnlessEnabled() {
        given().contentType("application/json").body("{\"context\": {}}")
                .when().post("/ondc/bare-ack")
                .then().statusCode(404);
    }
}
