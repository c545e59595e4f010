package in.haat.gateway;

import in.haat.gateway.signing.BecknSigner;
import in.haat.gateway.signing.Ed25519Keys;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A buyer app for the gateway's tests: a real HTTP server that records the callbacks it receives (ACKing them,
 * or failing the next few on purpose), and signs requests with ONDC's published test-vector key, which the
 * test profile trusts as {@code <subscriber>|buyer-key-1}.
 */
public final class FakeBuyerApp implements AutoCloseable {

    public static final String KEY = "lP3sHA+9gileOkXYJXh4Jg8tK0gEEMbf9yCPnFpbldhrAY+NErqL9WD+Vav7TE5tyVXGXBle9ONZi2W7o144eQ==";
    public static final String PUBLIC_KEY = "awGPjRK6i/Vg/lWr+0xObclVxlwZXvTjWYtlu6NeOHk=";
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One callback as received, with its headers (names lower-cased). */
    public record Received(String path, String authorization, String body, Map<String, String> headers) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    public FakeBuyerApp() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (failuresLeft.getAndDecrement() > 0) {
                request.response().setStatusCode(500).end("busy");
                return;
            }
            Map<String, String> headers = new HashMap<>();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
            received.add(new Received(request.path(), request.getHeader("Authorization"), body.toString(StandardCharsets.UTF_8), headers));
            request.response().putHeader("Content-Type", "application/json").end("{\"message\":{\"ack\":{\"status\":\"ACK\"}}}");
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The bap_uri of this buyer app (its bap_id is {@code localhost}). */
    public String uri() {
        return "http://localhost:" + server.actualPort() + "/ondc";
    }

    public List<Received> received() {
        return received;
    }

    /** The next {@code count} callbacks are answered 500. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** A signer for {@code subscriberId|uniqueKeyId} with the test-vector key. */
    public static BecknSigner signer(String subscriberId, String uniqueKeyId) {
        return new BecknSigner(subscriberId, uniqueKeyId, Ed25519Keys.privateKey(KEY));
    }

    /** An Authorization header for {@code body}, valid for the next hour. */
    public static String sign(BecknSigner signer, byte[] body) {
        long now = Instant.now().getEpochSecond();
        return signer.authorization(body, now, now + 3600);
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
