package in.haat.auth.oauth;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** RFC 7009 revocation, RFC 7662 introspection, and revoking a whole client (which other services hear of over Kafka). */
@QuarkusTest
class RevocationAndIntrospectionTest {

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void introspectionDescribesAnActiveTokenAndOnlyActiveFalseOtherwise() {
        AuthApi.Client partner = AuthApi.partner("p-introspect", "sellers:read", "catalogue:read");
        String jwt = AuthApi.clientCredentialsToken(partner);
        AuthApi.introspect(partner, jwt).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("active", equalTo(true))
                .body("client_id", equalTo(partner.id()))
                .body("scope", equalTo("sellers:read catalogue:read"))
                .body("token_type", equalTo("Bearer"))
                .body("iss", equalTo(AuthApi.ISSUER))
                .body("haat_partner_id", equalTo("p-introspect"));

        String inactive = AuthApi.introspect(partner, "not-a-token").then().statusCode(200).extract().asString();
        assertEquals(Map.of("active", false), read(inactive));
        // Another client's token is not this client's business.
        AuthApi.Client other = AuthApi.partner("p-other", "sellers:read");
        assertEquals(Map.of("active", false), read(AuthApi.introspect(other, jwt).then().statusCode(200).extract().asString()));
        // A token with a forged signature is inactive.
        String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA" + jwt.substring(jwt.lastIndexOf('.') + 5);
        assertEquals(Map.of("active", false), read(AuthApi.introspect(partner, forged).then().statusCode(200).extract().asString()));
        // Introspection needs client authentication.
        given().contentType(ContentType.URLENC).formParam("token", jwt).post("/oauth2/introspect").then()
                .statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aRevokedAccessTokenIsInactiveAndUnknownTokensStillAnswer200() {
        AuthApi.Client partner = AuthApi.partner("p-revoke", "sellers:read");
        String jwt = AuthApi.clientCredentialsToken(partner);
        revoke(partner, jwt, "access_token").then().statusCode(200);
        AuthApi.introspect(partner, jwt).then().body("active", equalTo(false));
        revoke(partner, "nonsense", null).then().statusCode(200);
        revoke(partner, jwt, "access_token").then().statusCode(200);
        revoke(partner, jwt, "id_token").then().statusCode(400).body("error", equalTo("unsupported_token_type"));
        revoke(new AuthApi.Client(partner.id(), "wrong"), jwt, null).then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void revokingAClientEndsItsTokensAndAnnouncesClientRevoked() throws Exception {
        AuthApi.Client partner = AuthApi.partner("p-revoked-client", "sellers:read");
        AuthApi.clientCredentialsToken(partner);
        KafkaCompanion kafka = new KafkaCompanion(bootstrap);
        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics(TestTopics.of("haat.auth.events"));
        try {
            given().header("Authorization", AuthApi.ADMIN).post("/admin/clients/" + partner.id() + "/revoke").then()
                    .statusCode(200).body("status", equalTo("revoked"));
            AuthApi.token(partner, "grant_type", "client_credentials").then().statusCode(401).body("error", equalTo("invalid_client"));

            await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords().stream()
                    .anyMatch(r -> partner.id().equals(r.key()) && r.value().contains("client.revoked")));
            ConsumerRecord<String, String> record = events.getRecords().stream()
                    .filter(r -> partner.id().equals(r.key()) && r.value().contains("client.revoked")).findFirst().orElseThrow();
            JsonNode event = json.readTree(record.value());
            assertEquals(1, event.get("version").asInt());
            assertEquals(partner.id(), event.get("payload").get("client_id").asText());
        } finally {
            events.stop();
            kafka.close();
        }
    }

    private static io.restassured.response.Response revoke(AuthApi.Client client, String token, String hint) {
        var request = given().header("Authorization", client.basic()).contentType(ContentType.URLENC).formParam("token", token);
        if (hint != null) {
            request.formParam("token_type_hint", hint);
        }
        return request.post("/oauth2/revoke");
    }

    private Map<?, ?> read(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}
