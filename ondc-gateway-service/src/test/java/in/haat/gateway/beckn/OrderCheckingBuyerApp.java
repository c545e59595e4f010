package in.haat.gateway.beckn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A buyer app that counts: every 5th callback it receives is answered only after 1.5 s (longer than any retry delay),
 * every 7th fails with 500; it records which callbacks it ACKed, in order per transaction, and any that came again
 * after it had ACKed them.
 */
final class OrderCheckingBuyerApp implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Map<String, List<String>> ackedByTransaction = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ackedMessages = new ConcurrentHashMap<>();
    private final List<String> afterAck = new CopyOnWriteArrayList<>();
    private final AtomicInteger acked = new AtomicInteger();

    OrderCheckingBuyerApp() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            int n = requests.incrementAndGet();
            if (n % 5 == 0) {
                slow.incrementAndGet();
                vertx.setTimer(1500, t -> answer(request, body.toString(StandardCharsets.UTF_8), n));
            } else {
                answer(request, body.toString(StandardCharsets.UTF_8), n);
            }
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private synchronized void answer(HttpServerRequest request, String body, int n) {
        try {
            JsonNode callback = json.readTree(body);
            String messageId = callback.path("context").path("message_id").asText();
            if (ackedMessages.containsKey(messageId)) {
                afterAck.add(messageId);
            }
            if (n % 7 == 0) {
                failed.incrementAndGet();
                request.response().setStatusCode(500).end("busy");
                return;
            }
            ackedMessages.put(messageId, Boolean.TRUE);
            ackedByTransaction.computeIfAbsent(callback.path("context").path("transaction_id").asText(),
                    t -> new CopyOnWriteArrayList<>()).add(callback.path("message").path("order").path("state").asText());
            acked.incrementAndGet();
            request.response().putHeader("Content-Type", "application/json").end("{\"message\":{\"ack\":{\"status\":\"ACK\"}}}");
        } catch (Exception e) {
            request.response().setStatusCode(400).end(e.toString());
        }
    }

    String uri() {
        return "http://localhost:" + server.actualPort() + "/ondc";
    }

    /** Distinct callbacks ACKed (a callback ACKed twice counts twice, and is also in {@link #afterAck()}). */
    int acked() {
        return acked.get();
    }

    List<String> ackedInOrder(String transactionId) {
        return new ArrayList<>(ackedByTransaction.getOrDefault(transactionId, List.of()));
    }

    /** Message ids received again after they were ACKed. */
    List<String> afterAck() {
        return List.copyOf(afterAck);
    }

    int slow() {
        return slow.get();
    }

    int failed() {
        return failed.get();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
