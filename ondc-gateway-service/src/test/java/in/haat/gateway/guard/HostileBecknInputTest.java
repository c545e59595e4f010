package in.haat.gateway.guard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknSigner;
import in.haat.testinfra.HostileClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile signed requests at the beckn edge: each gets a 4xx NACK with ONDC's code (never 500 or 31001), and nothing
 * is accepted, so no event and no callback follows. The signer is the test buyer app {@code localhost}.
 */
@QuarkusTest
class HostileBecknInputTest {

    private static final BecknSigner BUYER = FakeBuyerApp.signer("localhost", "buyer-key-1");

    @Inject
    Pool database;

    @TestHTTPResource("/")
    URL root;

    private FakeBuyerApp buyerApp;

    @BeforeEach
    void start() throws Exception {
        buyerApp = new FakeBuyerApp();
    }

    @AfterEach
    void stop() throws Exception {
        buyerApp.close();
    }

    @Test
    void callbacksGoOnlyToTheBuyerAppsRegisteredHost() {
        int port = Integer.parseInt(buyerApp.uri().replaceAll(".*:(\\d+)/.*", "$1"));
        List<String> hostile = List.of(
                "http://localhost@127.0.0.1:" + port + "/x",
                "http://localhost:" + port + "@127.0.0.1:" + port + "/x",
                "http://127.0.0.1:" + port + "/ondc",
                "http://localhost.evil.example/ondc",
                "http://evillocalhost/ondc",
                "ftp://localhost/x",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "http://localhost:" + port + "/ondc?next=http://127.0.0.1",
                "http://localhost\\@127.0.0.1/x",
                "//localhost/ondc");
        for (String uri : hostile) {
            String messageId = UUID.randomUUID().toString();
            byte[] body = select(messageId, "\"bap_uri\":\"" + uri.replace("\\", "\\\\") + "\"", "PT30S", "P1");
            send("select", body).statusCode(400).body("message.ack.status", equalTo("NACK"))
                    .body("error.code", equalTo("30000")).body("error.path", equalTo("context.bap_uri"));
            assertEquals(0, accepted(messageId), uri);
        }
        // The registered host itself is fine: the check can tell the two apart.
        String messageId = UUID.randomUUID().toString();
        send("select", select(messageId, "\"bap_uri\":\"" + buyerApp.uri() + "\"", "PT30S", "P1")).statusCode(200)
                .body("message.ack.status", equalTo("ACK"));
        assertEquals(1, accepted(messageId));
    }

    @Test
    void aNulCharacterAnywhereIsA30000NackNotARetry() {
        for (String place : List.of("provider", "key", "transaction")) {
            String messageId = UUID.randomUUID().toString();
            String text = new String(select(messageId, "\"bap_uri\":\"" + buyerApp.uri() + "\"", "PT30S", "P1"), StandardCharsets.UTF_8);
            text = switch (place) {
                case "provider" -> text.replace("\"id\":\"P1\"", "\"id\":\"P\\u00001\"");
                case "key" -> text.replace("\"id\":\"P1\"", "\"i\\u0000d\":\"P1\"");
                default -> text.replace("\"transaction_id\":\"", "\"transaction_id\":\"\\u0000");
            };
            send("select", text.getBytes(StandardCharsets.UTF_8)).statusCode(400).body("message.ack.status", equalTo("NACK"))
                    .body("error.code", equalTo("30000"));
            assertEquals(0, accepted(messageId), place);
        }
    }

    @Test
    void jsonOtherParsersWouldReadDifferentlyIsRefused() {
        String messageId = UUID.randomUUID().toString();
        String good = new String(select(messageId, "\"bap_uri\":\"" + buyerApp.uri() + "\"", "PT30S", "P1"), StandardCharsets.UTF_8);
        byte[] duplicateKey = good.replace("\"bap_id\":\"localhost\"", "\"bap_id\":\"evil.example\",\"bap_id\":\"localhost\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] trailing = (good + "{\"context\":{}}").getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, good.getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = good.getBytes(StandardCharsets.UTF_16LE);
        byte[] latin1 = good.replace("P1", "P\u00e91").getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] body : List.of(duplicateKey, trailing, bom, utf16, latin1)) {
            send("select", body).statusCode(400).body("message.ack.status", equalTo("NACK")).body("error.code", equalTo("30000"));
        }
        assertEquals(0, accepted(messageId));
    }

    @Test
    void oversizedIdsAndAbsurdTtlsAreRefused() {
        String longId = "m".repeat(3000);
        send("select", select(longId, "\"bap_uri\":\"" + buyerApp.uri() + "\"", "PT30S", "P1")).statusCode(400)
                .body("error.code", equalTo("30000")).body("error.path", equalTo("context.message_id"));
        assertEquals(0, accepted(longId));
        for (String ttl : List.of("PT8760000H", "P1000Y", "P36500D")) {
            String messageId = UUID.randomUUID().toString();
            send("select", select(messageId, "\"bap_uri\":\"" + buyerApp.uri() + "\"", ttl, "P1")).statusCode(400)
                    .body("error.code", equalTo("30000")).body("error.path", equalTo("context.ttl"));
            assertEquals(0, accepted(messageId), ttl);
        }
    }

    @Test
    void signaturesValidForLongerThanAnHourAreRefused() {
        String messageId = UUID.randomUUID().toString();
        byte[] body = select(messageId, "\"bap_uri\":\"" + buyerApp.uri() + "\"", "PT30S", "P1");
        long now = Instant.now().getEpochSecond();
        for (long[] window : new long[][] {{0, 4102444800L}, {now, now + 7200}, {now - 3000, now + 3000}, {now + 3600, now + 7200}}) {
            given().body(body).contentType("application/json").header("Authorization", BUYER.authorization(body, window[0], window[1]))
                    .post("/select").then().statusCode(401).body("message.ack.status", equalTo("NACK"))
                    .body("error.code", equalTo("30016"));
        }
        assertEquals(0, accepted(messageId));
    }

    @Test
    void aChunkedBodyOverTheBecknLimitIsCutOffWithA413Nack() throws Exception {
        HostileClients.Answer answer = HostileClients.chunkedUpload(root.toString().replaceAll("/$", "") + "/search",
                Map.of("Content-Type", "application/json", "Authorization", "Signature keyId=\"localhost|buyer-key-1|ed25519\""),
                50L * 1024 * 1024);
        assertEquals(413, answer.status(), answer.headers());
        assertTrue(answer.body().contains("\"NACK\"") && answer.body().contains("\"30000\""), answer.body());
        assertTrue(answer.bytesSent() < 16L * 1024 * 1024, "sent " + answer.bytesSent());
    }

    private ValidatableResponse send(String action, byte[] body) {
        return given().body(body).contentType("application/json").header("Authorization", FakeBuyerApp.sign(BUYER, body))
                .post("/" + action).then();
    }

    private long accepted(String messageId) {
        return database.preparedQuery("select count(*) from ondc_message where message_id = $1 and acked")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next().getLong(0);
    }

    private static byte[] select(String messageId, String bapUri, String ttl, String provider) {
        return ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"select\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\"," + bapUri + ",\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"http://localhost:8080\","
                + "\"transaction_id\":\"" + UUID.randomUUID() + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\"" + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\","
                + "\"ttl\":\"" + ttl + "\"},\"message\":{\"order\":{\"provider\":{\"id\":\"" + provider + "\"}}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
