package in.haat.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A retried POST with the same Idempotency-Key answers the first result and changes nothing twice. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    Pool database;

    @Test
    void aRetryReplaysTheFirstAnswerAndCreatesNothingNew() {
        String partner = "partner-" + UUID.randomUUID();
        String token = TestTokens.partner(partner).scopes("sellers:write").bearer();
        String key = UUID.randomUUID().toString();

        Response first = create(token, key, "Retry Stores");
        first.then().statusCode(201);
        Response retry = create(token, key, "Retry Stores");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).header("Location", first.header("Location"));

        assertEquals(1, sellersOf(partner));
        // One seller.created on the catalogue topic (its copy for the seller directories is on haat.sellers.events).
        assertEquals(1, database.preparedQuery("select count(*) from outbox_event where event_key = $1 "
                        + "and topic = 'haat.catalogue.events'")
                .execute(Tuple.of(first.<String>path("id"))).await().indefinitely().iterator().next().getLong(0));
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        String token = TestTokens.partner("partner-" + UUID.randomUUID()).scopes("sellers:write").bearer();
        String key = UUID.randomUUID().toString();
        create(token, key, "First Stores").then().statusCode(201);
        create(token, key, "Other Stores").then().statusCode(422).body("error.code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void keysBelongToTheirClient() {
        String key = UUID.randomUUID().toString();
        String a = "partner-" + UUID.randomUUID();
        String b = "partner-" + UUID.randomUUID();
        create(TestTokens.partner(a).clientId("client-a-" + a).scopes("sellers:write").bearer(), key, "Same Stores").then().statusCode(201);
        create(TestTokens.partner(b).clientId("client-b-" + b).scopes("sellers:write").bearer(), key, "Same Stores").then()
                .statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(1, sellersOf(b));
    }

    @Test
    void concurrentRetriesCreateOneSeller() {
        String partner = "partner-" + UUID.randomUUID();
        String token = TestTokens.partner(partner).scopes("sellers:write").bearer();
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Integer>> calls = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> create(token, key, "Race Stores").statusCode()))
                .toList();
        calls.forEach(call -> assertEquals(201, call.join()));
        assertEquals(1, sellersOf(partner));
    }

    @Test
    void anOverlongKeyIsABadRequest() {
        String token = TestTokens.partner("partner-" + UUID.randomUUID()).scopes("sellers:write").bearer();
        create(token, "k".repeat(300), "Long Key Stores").then().statusCode(400).body("error.details[0].field", equalTo("Idempotency-Key"));
    }

    private static Response create(String token, String key, String name) {
        return given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("name", name)).post("/api/sellers");
    }

    private long sellersOf(String partner) {
        return database.preparedQuery("select count(*) from seller where partner_id = $1").execute(Tuple.of(partner))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
