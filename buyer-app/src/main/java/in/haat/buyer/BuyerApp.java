package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.validation.SchemaCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A signed ONDC buyer app for tests, benchmarks and the demo: it sends signed requests to a seller app's gateway,
 * receives the callbacks on its own HTTP server and checks each one ({@link CallbackChecks}) against the seller's
 * registry entry, fetched from the gateway's {@code GET /ondc/registry-entry}.
 *
 * <p>Its bap_uri is {@code http://localhost:<port>/<subscriber id>}: the gateway wants the bap_id inside the bap_uri, and
 * {@code *.localhost} names do not resolve in every JDK, so the subscriber id sits in the path.
 */
public final class BuyerApp implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String CORE_VERSION = "1.2.0";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** How many times a request the seller app answers "busy, retry" is sent, at most (0.2 s to 6.4 s apart). */
    public static final int ATTEMPTS = 6;

    private final BuyerIdentity identity;
    private final String gatewayUrl;
    private final CallbackServer server;
    private final CallbackChecks checks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Callbacks already handed out by {@link #awaitUnsolicited}, so the same one is not taken twice. */
    private final Set<Callback> taken = ConcurrentHashMap.newKeySet();
    private volatile RegistryEntry seller;

    /** A buyer app signing as {@code identity} against the gateway at {@code gatewayUrl}, callbacks on {@code callbackPort} (0: any). */
    public BuyerApp(BuyerIdentity identity, String gatewayUrl, int callbackPort) throws IOException {
        this.identity = identity;
        this.gatewayUrl = gatewayUrl.replaceAll("/+$", "");
        this.server = new CallbackServer(callbackPort);
        this.checks = new CallbackChecks(new SchemaCheck(), identity.subscriberId(), bapUri());
    }

    public String bapId() {
        return identity.subscriberId();
    }

    public String bapUri() {
        return "http://localhost:" + server.port() + "/" + identity.subscriberId();
    }

    public CallbackServer callbacks() {
        return server;
    }

    /** The seller app's registry entry, read once from the gateway. */
    public RegistryEntry seller() {
        if (seller == null) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/ondc/registry-entry"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /ondc/registry-entry answered " + response.statusCode() + ": " + response.body());
                }
                seller = RegistryEntry.of(JSON.readTree(response.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return seller;
    }

    /** A new transaction in food and beverage (RET11: the demo storefront and the e2e shops sell F&B), Bengaluru (std:080). */
    public Transaction transaction() {
        return transaction(CORE_VERSION);
    }

    /** As {@link #transaction()}, in retail {@code coreVersion} (1.2.0 or 1.2.5). */
    public Transaction transaction(String coreVersion) {
        return new Transaction("ONDC:RET11", "std:080", coreVersion);
    }

    /** Signs and sends {@code message} as {@code action} in {@code transaction}; answers when the gateway has answered. */
    public Sent send(Transaction transaction, String action, JsonNode message) {
        return sendAsync(transaction, action, message).join();
    }

    public CompletableFuture<Sent> sendAsync(Transaction transaction, String action, JsonNode message) {
        String messageId = UUID.randomUUID().toString();
        String timestamp = TIMESTAMP.format(transaction.nextTimestamp());
        ObjectNode context = JSON.createObjectNode().put("domain", transaction.domain());
        if (transaction.rsf()) {
            // RSF 2.0 names its version "version" and its country and city in "location".
            ObjectNode location = context.putObject("location");
            location.putObject("country").put("code", "IND");
            location.putObject("city").put("code", transaction.city());
            context.put("version", transaction.coreVersion());
        } else {
            context.put("country", "IND").put("city", transaction.city());
        }
        context.put("action", action);
        if (!transaction.rsf()) {
            context.put("core_version", transaction.coreVersion());
        }
        context.put("bap_id", identity.subscriberId()).put("bap_uri", bapUri());
        if (!"search".equals(action)) {
            context.put("bpp_id", seller().subscriberId()).put("bpp_uri", seller().subscriberUrl());
        }
        context.put("transaction_id", transaction.id()).put("message_id", messageId).put("timestamp", timestamp).put("ttl", "PT30S");
        if ("confirm".equals(action) && message.path("order").has("created_at")) {
            // ONDC: the order is created when it is confirmed, so its created_at is the /confirm's timestamp.
            ((ObjectNode) message.path("order")).put("created_at", timestamp).put("updated_at", timestamp);
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("context", context);
        body.set("message", message);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transaction.sent(messageId);
        return attempt(action, messageId, timestamp, body, bytes, System.nanoTime(), 1);
    }

    /**
     * One attempt at sending; a NACK that asks for a retry (HTTP 5xx, CORE-ERROR 31001: the seller is busy) is sent
     * again, the same message re-signed, after 0.2, 0.4, 0.8, ... s, as a buyer app would, up to {@link #ATTEMPTS}
     * attempts. The latency counts from the first attempt.
     */
    private CompletableFuture<Sent> attempt(String action, String messageId, String timestamp, ObjectNode body, byte[] bytes,
            long firstSentNanos, int attempt) {
        long now = Instant.now().getEpochSecond();
        String authorization = BecknSignature.authorization(identity.subscriberId(), identity.uniqueKeyId(), identity.key(), bytes,
                now, now + 300);
        return http.sendAsync(HttpRequest.newBuilder(URI.create(gatewayUrl + "/" + action)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Sent(action, messageId, timestamp, body, response.statusCode(), parse(response.body()),
                        firstSentNanos, System.nanoTime()))
                .thenCompose(sent -> {
                    boolean busy = sent.status() >= 500 && "31001".equals(sent.answer().path("error").path("code").asText());
                    if (!busy || attempt >= ATTEMPTS) {
                        return CompletableFuture.completedFuture(sent);
                    }
                    Executor later = CompletableFuture.delayedExecutor(200L << (attempt - 1), TimeUnit.MILLISECONDS);
                    return CompletableFuture.supplyAsync(() -> null, later)
                            .thenCompose(ignored -> attempt(action, messageId, timestamp, body, bytes, firstSentNanos, attempt + 1));
                });
    }

    /** The solicited callback answering {@code request} (same transaction, on_action, echoed message_id), checked. */
    public Optional<CheckedCallback> awaitReply(Transaction transaction, Sent request, Duration timeout) throws InterruptedException {
        String action = "on_" + request.action();
        return server.await(c -> c.action().equals(action) && c.transactionId().equals(transaction.id())
                        && c.messageId().equals(request.messageId()), timeout)
                .map(callback -> checks.check(transaction, seller(), callback, action, request.messageId()));
    }

    /**
     * The first unsolicited {@code action} callback of {@code transaction} (a message_id the buyer did not send) not
     * taken before that {@code matches}, checked.
     */
    public Optional<CheckedCallback> awaitUnsolicited(Transaction transaction, String action, Predicate<Callback> matches,
            Duration timeout) throws InterruptedException {
        Optional<Callback> found = server.await(c -> c.action().equals(action) && c.transactionId().equals(transaction.id())
                && !transaction.wasSent(c.messageId()) && !taken.contains(c) && matches.test(c), timeout);
        found.ifPresent(taken::add);
        return found.map(callback -> checks.check(transaction, seller(), callback, action, null));
    }

    /** Checks a callback found some other way (a listener), as {@link #awaitReply} and {@link #awaitUnsolicited} do. */
    public CheckedCallback check(Transaction transaction, Callback callback, String action, String requestMessageId) {
        return checks.check(transaction, seller(), callback, action, requestMessageId);
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("unreadable", text);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
