package in.haat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private final Http1Endpoint endpoint;
    private final Map<String, List<Page>> pages = new ConcurrentHashMap<>();
    private final AtomicInteger callbacks = new AtomicInteger();
    private volatile long lastNewCallbackNanos;

    BuyerSink() throws IOException {
        endpoint = new Http1Endpoint(ACK, this::received);
    }

    /** A callback, already ACKed: counted by message_id, its page kept once. */
    private void received(byte[] body) {
        long now = System.nanoTime();
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
    }

    String bapUri() {
        return "http://localhost:" + endpoint.port() + "/" + BAP_ID;
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
        endpoint.close();
    }
}
