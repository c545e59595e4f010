package in.haat.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every Haat service promises operators, checked against the running service: health that covers
 * its database and Kafka, OpenAPI with Swagger UI, and Prometheus metrics including the outbox's.
 * A service's test extends it and adds {@code @QuarkusTest}.
 */
public abstract class ServiceFoundationContract {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void publishesOpenApiAndSwaggerUi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void exposesPrometheusMetricsWithTheOutbox() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("haat_outbox_sent_total"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
