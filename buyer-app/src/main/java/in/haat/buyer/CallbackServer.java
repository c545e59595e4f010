package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The buyer app's own HTTP server, where the gateway POSTs /on_* callbacks: every callback is recorded with its
 * exact bytes and ACKed (an unreadable one is NACKed and still recorded, so a check can name it).
 */
public final class CallbackServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] ACK = "{\"message\":{\"ack\":{\"status\":\"ACK\"}}}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NACK = ("{\"message\":{\"ack\":{\"status\":\"NACK\"}},"
            + "\"error\":{\"type\":\"JSON-SCHEMA-ERROR\",\"code\":\"30000\",\"message\":\"not JSON\"}}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
        Thread thread = new Thread(r, "buyer-app-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Callback> received = new ArrayList<>();
    private final List<Consumer<Callback>> listeners = new CopyOnWriteArrayList<>();

    /** Listens on {@code port} (0: any free port) of the loopback interface. */
    public CallbackServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Called with each callback as it arrives (on a server thread). */
    public void onCallback(Consumer<Callback> listener) {
        listeners.add(listener);
    }

    /** The first callback received so far, or from now until {@code timeout}, that {@code matches}. */
    public Optional<Callback> await(Predicate<Callback> matches, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                for (Callback callback : received) {
                    if (matches.test(callback)) {
                        return Optional.of(callback);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Every callback received so far that {@code matches}, in arrival order. */
    public List<Callback> all(Predicate<Callback> matches) {
        synchronized (received) {
            return received.stream().filter(matches).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long nanos = System.nanoTime();
        Instant at = Instant.now();
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        String action = path.substring(path.lastIndexOf('/') + 1);
        JsonNode body;
        try {
            body = JSON.readTree(raw);
        } catch (IOException e) {
            body = JSON.missingNode();
        }
        boolean readable = body != null && body.isObject();
        Callback callback = new Callback(action, exchange.getRequestHeaders().getFirst("Authorization"), raw,
                readable ? body : JSON.createObjectNode(), at, nanos);
        // Answered before anyone waiting is told: a journey that ends on this callback and closes the buyer app
        // must not cut the ACK off (the gateway would take it as a failed delivery and retry into a closed port:
        // CI, 2026-12-03, two /on_update left undelivered after BuyerReturnsTest).
        try {
            byte[] answer = readable ? ACK : NACK;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(readable ? 200 : 400, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } finally {
            synchronized (received) {
                received.add(callback);
                received.notifyAll();
            }
            for (Consumer<Callback> listener : listeners) {
                listener.accept(callback);
            }
        }
    }

    /** Stops listening; a callback still being answered is given up to a second to finish. */
    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
