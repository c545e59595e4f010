package in.haat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo buyer app's callback endpoint for benchmarks: a local HTTP server that ACKs every callback, counts the
 * message ids it has had a callback for, and keeps, per message_id, when each distinct /on_search page first arrived,
 * its bytes and how many items it listed (a page the gateway sends again, because an attempt timed out, is counted
 * once). Its bap_uri contains the demo buyer's subscriber id, as the gateway's context rules require.
 */
final class BuyerSink implements AutoCloseable {

    static final String BAP_ID = "buyer.haat.localhost";
    private static final byte[] ACK = "{\"message\":{\"ack\":{\"status\":\"ACK\"}}}".getBytes(StandardCharsets.UTF_8);

    /** One callback page as received. */
    record Page(long receivedNanos, byte[] body, int items) {
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, List<Page>> pages = new ConcurrentHashMap<>();
    private final AtomicInteger callbacks = new AtomicInteger();
    private volatile long lastNewCallbackNanos;

    BuyerSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 256);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            long now = System.nanoTime();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ACK.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ACK);
            }
            try {
                JsonNode callback = Suite.JSON.readTree(body);
                int items = 0;
                for (JsonNode provider : callback.path("message").path("catalog").path("bpp/providers")) {
                    items += provider.path("items").size();
                }
                List<Page> received = pages.computeIfAbsent(callback.path("context").path("message_id").asText(), k -> {
                    lastNewCallbackNanos = now;
                    callbacks.incrementAndGet();
                    return new CopyOnWriteArrayList<>();
                });
                synchronized (received) {
                    if (received.stream().noneMatch(page -> java.util.Arrays.equals(page.body(), body))) {
                        received.add(new Page(now, body, items));
                    }
                }
            } catch (IOException e) {
                // not a callback we measure
            }
        });
        server.start();
    }

    String bapUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/" + BAP_ID;
    }

    /** How many distinct message ids have had a callback so far. */
    int callbacks() {
        return callbacks.get();
    }

    /** When the latest of those first arrived ({@link System#nanoTime}). */
    long lastNewCallbackNanos() {
        return lastNewCallbackNanos;
    }

    List<Page> pages(String messageId) {
        return pages.getOrDefault(messageId, List.of());
    }

    int items(String messageId) {
        return pages(messageId).stream().mapToInt(Page::items).sum();
    }

    @Override
    public void close() {
        server.stop(0);
        // HttpServer.stop leaves its executor's threads alive, and they are not daemons: the bench would never exit.
        executor.shutdownNow();
    }
}
