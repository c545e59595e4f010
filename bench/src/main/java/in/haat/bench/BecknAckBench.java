package in.haat.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The beckn edge's synchronous path: what one core does verifying signatures (the path's ceiling), then signed
 * /select and /search requests against the running gateway at a few concurrency levels, ACKs per second and latency,
 * each next to the gateway's bare endpoint (/ondc/bare-ack: same server and HTTP stack, same bodies, no work) in the
 * same run. Both point at a local buyer endpoint, so their callbacks are delivered (and ACKed) while the bench runs,
 * as in real use: searches name an item no storefront has (an /on_search with no providers), selects a provider no
 * storefront has (an /on_select with an error).
 * The gateway must know the demo buyer key (./haat up configures it). Usage: ./haat bench BecknAckBench [requests [select,search [1,16,64]]]
 */
public final class BecknAckBench {

    /** ONDC's published test-vector key, trusted only by local runs as the demo buyer app. */
    static final String DEMO_BUYER_KEY = "lP3sHA+9gileOkXYJXh4Jg8tK0gEEMbf9yCPnFpbldhrAY+NErqL9WD+Vav7TE5tyVXGXBle9ONZi2W7o144eQ==";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        Suite suite = new Suite();
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(Base64.getDecoder().decode(DEMO_BUYER_KEY), 0);

        byte[] sample = body(UUID.randomUUID().toString(), UUID.randomUUID().toString(), suite, "http://buyer.haat.localhost/ondc");
        verifierCeiling(key, sample);

        String[] actions = args.length > 1 ? args[1].split(",") : new String[] {"select", "search"};
        int[] levels = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 16, 64};
        Duration warmUp = Duration.ofSeconds(Integer.parseInt(System.getenv().getOrDefault("HAAT_BENCH_ACK_WARMUP_SECONDS", "90")));
        try (BuyerSink sink = new BuyerSink()) {
            for (String action : actions) {
                System.out.printf("%nsigned /%s against %s (%d requests per level; bare: the same bodies to /ondc/bare-ack)%n", action,
                        suite.gatewayUrl, requests);
                // Warm-up: a minute after a start C2 is still compiling a third of the services' samples (async-profiler,
                // 2026-12-04), so the measured levels would time the JIT. Each round waits for its callbacks, as the levels do.
                long warmUpStart = System.nanoTime();
                int warmUpRequests = 0;
                while (System.nanoTime() - warmUpStart < warmUp.toNanos()) {
                    int before = sink.callbacks();
                    Run round = run(suite, key, 1000, 64, "/" + action, () -> body(action, suite, sink));
                    awaitCallbacks(sink, before, 1000, round);
                    warmUpRequests += 1000;
                }
                run(suite, key, 2000, 16, "/ondc/bare-ack", () -> body(action, suite, sink));
                System.out.printf("/%s warm-up (not judged): %,d requests at 64 in %.0f s, each round's callbacks awaited%n", action,
                        warmUpRequests, (System.nanoTime() - warmUpStart) / 1e9);
                for (int concurrency : levels) {
                    int n = Math.max(requests / (concurrency == 1 ? 8 : 1), 200);
                    int before = sink.callbacks();
                    Run measured = run(suite, key, n, concurrency, "/" + action, () -> body(action, suite, sink));
                    System.out.printf("  %-15s concurrency %3d: %s; %s%n", "/" + action, concurrency, measured,
                            awaitCallbacks(sink, before, n, measured));
                    Run bare = run(suite, key, n, concurrency, "/ondc/bare-ack", () -> body(action, suite, sink));
                    System.out.printf("  %-15s concurrency %3d: %s%n", "/ondc/bare-ack", concurrency, bare);
                }
            }
        }
    }

    /**
     * Waits (at most 2 minutes) until the sink has had a callback for each of a run's requests: the run's ACKs are only
     * half of the work a buyer app waits for, and callbacks still queued would be delivered during the next level.
     */
    private static String awaitCallbacks(BuyerSink sink, int before, int expected, Run run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (sink.callbacks() - before < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int received = sink.callbacks() - before;
        if (received == 0) {
            return String.format("callbacks 0 of %d in 2 minutes", expected);
        }
        double lastAfterEnd = Math.max(0, (sink.lastNewCallbackNanos() - run.endNanos()) / 1e9);
        double endToEnd = received / ((sink.lastNewCallbackNanos() - run.startNanos()) / 1e9);
        return String.format("callbacks %d of %d, the last %.1f s after the last ACK (%,.0f/s end to end)", received, expected,
                lastAfterEnd, endToEnd);
    }

    /** One run's answers: how many ACKs, when it started and ended, and its latencies. */
    private record Run(int acks, int requests, long startNanos, long endNanos, long[] latencies) {
        @Override
        public String toString() {
            return String.format("%,6.0f ACK/s (%d of %d acked), %s", acks / ((endNanos - startNanos) / 1e9), acks, requests,
                    Stats.percentiles(latencies));
        }
    }

    private static void verifierCeiling(Ed25519PrivateKeyParameters key, byte[] body) throws Exception {
        String signingString = "(created): 1\n(expires): 2\ndigest: BLAKE-512=" + blake2b(body);
        byte[] message = signingString.getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(key, message);
        Ed25519PublicKeyParameters publicKey = key.generatePublicKey();
        int n = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            blake2b(body);
        }
        double digestRate = n / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, publicKey);
            verifier.update(message, 0, message.length);
            if (!verifier.verifySignature(signature)) {
                throw new IllegalStateException("verification failed");
            }
        }
        double bcRate = n / ((System.nanoTime() - start) / 1e9);
        KeyPair jdkPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature jdkSigner = Signature.getInstance("Ed25519");
        jdkSigner.initSign(jdkPair.getPrivate());
        jdkSigner.update(message);
        byte[] jdkSignature = jdkSigner.sign();
        int m = 4_000;
        start = System.nanoTime();
        for (int i = 0; i < m; i++) {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(jdkPair.getPublic());
            verifier.update(message);
            verifier.verify(jdkSignature);
        }
        double jdkRate = m / ((System.nanoTime() - start) / 1e9);
        System.out.printf("one core of this JVM (./haat bench: C1 only, so below what the gateway's C2 does): BLAKE2b-512 of a %d-byte body %,.0f/s; Ed25519 verify BouncyCastle %,.0f/s, JDK %,.0f/s%n",
                body.length, digestRate, bcRate, jdkRate);
    }

    /**
     * {@code requests} requests from {@code concurrency} load threads, each signing its next body and sending it on a
     * connection of its own ({@link KeepAliveHttp}) once the last was answered; latency from the send to the answer.
     */
    private static Run run(Suite suite, Ed25519PrivateKeyParameters key, int requests, int concurrency, String path,
            java.util.function.Supplier<byte[]> bodies) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger acks = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger firstRefusal = new AtomicInteger();
        URI uri = URI.create(suite.gatewayUrl + path);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                try (KeepAliveHttp http = new KeepAliveHttp()) {
                    for (int index = next.getAndIncrement(); index < requests; index = next.getAndIncrement()) {
                        byte[] body = bodies.get();
                        long now = Instant.now().getEpochSecond();
                        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                                .header("Authorization", authorization(key, body, now, now + 3600)).timeout(Suite.ANSWER_TIMEOUT)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                        long sent = System.nanoTime();
                        KeepAliveHttp.Answer answer = http.send(request);
                        latencies[index] = System.nanoTime() - sent;
                        if (answer.status() == 200 && answer.body().contains("\"ACK\"")) {
                            acks.incrementAndGet();
                        } else if (firstRefusal.getAndIncrement() == 0) {
                            System.out.println("  first refusal: " + answer.status() + " " + answer.body());
                        }
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(acks.get(), requests, start, System.nanoTime(), latencies);
    }

    private static byte[] body(String action, Suite suite, BuyerSink sink) {
        return "select".equals(action) ? body(UUID.randomUUID().toString(), UUID.randomUUID().toString(), suite, sink.bapUri())
                : search(UUID.randomUUID().toString(), UUID.randomUUID().toString(), sink);
    }

    /** A search by item name for Delhi that no storefront answers with items: an /on_search with no providers. */
    static byte[] search(String transactionId, String messageId, BuyerSink sink) {
        return ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"search\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"" + BuyerSink.BAP_ID + "\",\"bap_uri\":\"" + sink.bapUri() + "\","
                + "\"transaction_id\":\"" + transactionId + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:011\",\"country\":\"IND\",\"timestamp\":\"" + TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"},"
                + "\"message\":{\"intent\":{\"item\":{\"descriptor\":{\"name\":\"no such item " + messageId + "\"}},"
                + "\"fulfillment\":{\"type\":\"Delivery\",\"end\":{\"location\":{\"gps\":\"28.5273,77.1821\"}}}}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] body(String transactionId, String messageId, Suite suite, String bapUri) {
        return ("{\"context\":{\"domain\":\"ONDC:RET10\",\"action\":\"select\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"" + BuyerSink.BAP_ID + "\",\"bap_uri\":\"" + bapUri + "\","
                + "\"bpp_id\":\"haat.localhost\",\"bpp_uri\":\"" + suite.bppUri + "\","
                + "\"transaction_id\":\"" + transactionId + "\",\"message_id\":\"" + messageId + "\","
                + "\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\"" + TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"},"
                + "\"message\":{\"order\":{\"provider\":{\"id\":\"P1\",\"locations\":[{\"id\":\"L1\"}]},"
                + "\"items\":[{\"id\":\"I1\",\"quantity\":{\"count\":2},\"location_id\":\"L1\"}],"
                + "\"fulfillments\":[{\"end\":{\"location\":{\"gps\":\"12.9716,77.5946\",\"address\":{\"area_code\":\"560001\"}}}}]}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String authorization(Ed25519PrivateKeyParameters key, byte[] body, long created, long expires) {
        String signingString = "(created): " + created + "\n(expires): " + expires + "\ndigest: BLAKE-512=" + blake2b(body);
        String signature = Base64.getEncoder().encodeToString(sign(key, signingString.getBytes(StandardCharsets.UTF_8)));
        return "Signature keyId=\"buyer.haat.localhost|demo-buyer-1|ed25519\",algorithm=\"ed25519\",created=\"" + created
                + "\",expires=\"" + expires + "\",headers=\"(created) (expires) digest\",signature=\"" + signature + "\"";
    }

    private static byte[] sign(Ed25519PrivateKeyParameters key, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    private static String blake2b(byte[] body) {
        Blake2bDigest digest = new Blake2bDigest(512);
        digest.update(body, 0, body.length);
        byte[] out = new byte[64];
        digest.doFinal(out, 0);
        return Base64.getEncoder().encodeToString(out);
    }
}
