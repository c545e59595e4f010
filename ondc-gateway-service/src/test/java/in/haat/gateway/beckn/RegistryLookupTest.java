package in.haat.gateway.beckn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknSigner;
import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.Ed25519Keys;
import in.haat.gateway.signing.SignatureHeader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys of buyer apps not configured locally come from a (stand-in) ONDC registry's signed v2.0 lookup, cached. */
@QuarkusTest
class RegistryLookupTest {

    private static final String KEY = FakeBuyerApp.KEY;
    private static final String PUBLIC = FakeBuyerApp.PUBLIC_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Vertx vertx;
    private HttpServer registry;
    private final List<JsonNode> lookups = new CopyOnWriteArrayList<>();
    private final List<Boolean> lookupSignatureOk = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRegistry() throws Exception {
        vertx = Vertx.vertx();
        registry = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            byte[] bytes = body.getBytes();
            SignatureHeader header = SignatureHeader.parse(request.getHeader("Authorization")).header().orElse(null);
            lookupSignatureOk.add(header != null && "haat.localhost".equals(header.subscriberId())
                    && new BecknVerifier(5).verify(header, bytes, Ed25519Keys.publicKey(PUBLIC), Instant.now().getEpochSecond()).ok());
            try {
                JsonNode lookup = JSON.readTree(bytes);
                lookups.add(lookup);
                String answer = "registry.buyer.haat".equals(lookup.path("subscriber_id").asText())
                        ? JSON.writeValueAsString(List.of(Map.of("subscriber_id", "registry.buyer.haat", "ukId", "rk-1",
                                "signing_public_key", PUBLIC, "valid_until", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                                "type", "BAP")))
                        : "[]";
                request.response().putHeader("Content-Type", "application/json").end(answer);
            } catch (Exception e) {
                request.response().setStatusCode(400).end();
            }
        })).listen(18099).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopRegistry() throws Exception {
        registry.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aBuyerKnownToTheRegistryIsVerifiedAndItsKeyCached() {
        BecknSigner buyer = new BecknSigner("registry.buyer.haat", "rk-1", Ed25519Keys.privateKey(KEY));
        for (int i = 0; i < 2; i++) {
            byte[] body = select("registry.buyer.haat");
            long now = Instant.now().getEpochSecond();
            given().body(body).contentType("application/json").header("Authorization", buyer.authorization(body, now, now + 3600))
                    .post("/select").then().statusCode(200).body("message.ack.status", equalTo("ACK"));
        }
        assertEquals(1, lookups.stream().filter(l -> "registry.buyer.haat".equals(l.path("subscriber_id").asText())).count(),
                "the second request uses the cached key");
        assertEquals("rk-1", lookups.get(0).path("ukId").asText());
        assertTrue(lookupSignatureOk.stream().allMatch(ok -> ok), "our lookups are signed with our key");
    }

    @Test
    void aBuyerUnknownToTheRegistryIsRefused() {
        BecknSigner stranger = new BecknSigner("unknown.buyer.haat", "uk-1", Ed25519Keys.privateKey(KEY));
        byte[] body = select("unknown.buyer.haat");
        long now = Instant.now().getEpochSecond();
        given().body(body).contentType("application/json").header("Authorization", stranger.authorization(body, now, now + 3600))
                .post("/select").then().statusCode(401).body("error.code", equalTo("30016"));
    }

    private static byte[] select(String bapId) {
        return ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"select\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"" + bapId + "\",\"bap_uri\":\"https://" + bapId + "/ondc\","
                + "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\","
                + "\"transaction_id\":\"" + UUID.randomUUID() + "\",\"message_id\":\"" + UUID.randomUUID() + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\""
                + FakeBuyerApp.TIMESTAMP.format(Instant.now())
                + "\",\"ttl\":\"PT30S\"},\"message\":{\"order\":{}}}").getBytes(StandardCharsets.UTF_8);
    }
}
