package in.haat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.BuyerIdentity;
import in.haat.buyer.Callback;
import in.haat.buyer.CheckedCallback;
import in.haat.buyer.OrderMessages;
import in.haat.buyer.Transaction;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * /confirm -> /on_confirm latency at steady rates of confirms, stepped up until p99 passes 1 s: the time from sending a
 * signed /confirm to receiving its /on_confirm (gateway ACK, outbox, Kafka, order-service, inventory commit, outbox,
 * Kafka, gateway callback), measured by the demo buyer app against the running suite's demo storefront. Each step first
 * prepares its orders (select and init, not measured), then sends their confirms open-loop at the step's rate.
 * Every callback is also checked (signature, schema, ids, timestamps, quote), after its step so the checks do not take
 * the cores the suite needs; failures are counted. After each step, where its confirms' time went, hop by hop
 * ({@link ConfirmStages}).
 *
 * <p>Usage: {@code ./haat bench ConfirmLatencyBench [seconds per step, default 15] [rates per second, default 1,2,5,10,20,40,80]};
 * {@code HAAT_BENCH_WARMUP_ROUNDS} steps at the first rate first, not judged (0 by default).
 */
public final class ConfirmLatencyBench {

    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

    private ConfirmLatencyBench() {
    }

    /** An order ready to confirm: its transaction and the /on_init it answers. */
    private record Prepared(Transaction transaction, JsonNode onInitOrder) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] rates = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {1, 2, 5, 10, 20, 40, 80};
        Suite suite = new Suite();
        JsonNode demo = Suite.JSON.readTree(Files.readString(Path.of(System.getenv().getOrDefault("HAAT_ROOT", "."), ".haat/demo.json")));
        String storefront = demo.path("storefront_id").asText();
        String token = suite.partnerTokenOf(demo.path("client_id").asText(), demo.path("client_secret").asText());
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 36; i++) {
            items.add(String.format("00000000-0000-4000-8000-%012d", i));
        }
        for (String item : items) {
            Suite.send(HttpRequest.newBuilder(URI.create(suite.inventoryUrl + "/api/storefronts/" + storefront + "/catalogue/" + item + "/inventory"))
                    .header("Authorization", token).header("Content-Type", "application/json").PUT(Suite.body(Map.of("quantity", 1_000_000))), 200);
        }

        try (BuyerApp buyer = new BuyerApp(BuyerIdentity.DEMO, suite.gatewayUrl, 0)) {
            Map<String, CompletableFuture<Callback>> waiting = new ConcurrentHashMap<>();
            // Whichever comes first, the callback or the ACK, makes the future the other one finds.
            buyer.callbacks().onCallback(callback ->
                    waiting.computeIfAbsent(callback.messageId(), id -> new CompletableFuture<>()).complete(callback));
            System.out.printf("/confirm -> /on_confirm against %s, storefront %s, %d s per rate%n", suite.gatewayUrl, storefront, seconds);
            // A service's JIT compiles the confirm path over its first thousands of orders: warm-up rounds (at the first
            // rate, printed but not judged) let the steps measure services as they run once warm, not just started.
            int warmUpRounds = Integer.parseInt(System.getenv().getOrDefault("HAAT_BENCH_WARMUP_ROUNDS", "0"));
            for (int round = 1; round <= warmUpRounds; round++) {
                List<Prepared> prepared = prepare(buyer, waiting, storefront, items, rates[0] * seconds);
                Result result = confirmAtRate(buyer, waiting, prepared, rates[0]);
                System.out.printf("  warm-up %d of %d at %d confirms/s: %d of %d answered; %s%n", round, warmUpRounds, rates[0],
                        result.latencies.length, prepared.size(), Stats.percentiles(result.latencies));
            }
            int held = 0;
            for (int rate : rates) {
                int count = rate * seconds;
                List<Prepared> prepared = prepare(buyer, waiting, storefront, items, count);
                // Printed before the step, so that a measurement around it (CPU, statements) can start here.
                System.out.printf("  %d orders prepared; confirming at %d/s%n", prepared.size(), rate);
                Result result = confirmAtRate(buyer, waiting, prepared, rate);
                System.out.printf("  %3d confirms/s: sent at %5.1f/s, %d of %d answered (%d with an error), %d check failure(s); %s%n",
                        rate, result.sendRate, result.latencies.length, prepared.size(), result.errors.get(), result.checkFailures.get(),
                        Stats.percentiles(result.latencies));
                ConfirmStages.print(prepared.stream().map(order -> order.transaction().id()).toList());
                boolean holds = result.latencies.length == prepared.size() && result.errors.get() == 0 && p99(result.latencies) < ONE_SECOND;
                if (!holds) {
                    break;
                }
                held = rate;
            }
            System.out.printf("highest rate held with every confirm answered and p99 under 1 s: %s%n", held == 0 ? "none" : held + " confirms/s");
        }
    }

    /** Select and init of {@code count} orders, 16 at a time, round-robin over the items. */
    private static List<Prepared> prepare(BuyerApp buyer, Map<String, CompletableFuture<Callback>> waiting, String storefront,
            List<String> items, int count) throws Exception {
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<Prepared>> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String item = items.get(i % items.size());
            inFlight.acquire();
            Transaction transaction = buyer.transaction();
            orders.add(call(buyer, waiting, transaction, "select", OrderMessages.select(storefront, "L-" + storefront, item, 1))
                    .thenCompose(onSelect -> call(buyer, waiting, transaction, "init", OrderMessages.init(onSelect.order(), 1, Instant.now())))
                    .thenApply(onInit -> new Prepared(transaction, onInit.order()))
                    .whenComplete((ok, e) -> inFlight.release()));
        }
        List<Prepared> ready = new ArrayList<>();
        int failed = 0;
        for (CompletableFuture<Prepared> order : orders) {
            try {
                ready.add(order.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                failed++;
            }
        }
        if (failed > 0) {
            System.out.printf("  (%d of %d orders could not be prepared: no /on_select or /on_init, or an error)%n", failed, count);
        }
        return ready;
    }

    private static CompletableFuture<Callback> call(BuyerApp buyer, Map<String, CompletableFuture<Callback>> waiting,
            Transaction transaction, String action, JsonNode message) {
        return buyer.sendAsync(transaction, action, message).thenCompose(sent -> {
            CompletableFuture<Callback> answer = waiting.computeIfAbsent(sent.messageId(), id -> new CompletableFuture<>());
            if (!sent.acked()) {
                return CompletableFuture.failedFuture(new IllegalStateException("/" + action + " NACK " + sent.answer()));
            }
            return answer.orTimeout(60, TimeUnit.SECONDS).thenCompose(callback -> callback.hasError()
                    ? CompletableFuture.failedFuture(new IllegalStateException("/on_" + action + " error " + callback.error()))
                    : CompletableFuture.completedFuture(callback));
        });
    }

    private record Result(long[] latencies, double sendRate, AtomicInteger errors, AtomicInteger checkFailures) {
    }

    /** Sends the confirms open-loop at {@code rate} per second and waits for every /on_confirm (30 s at most each). */
    private static Result confirmAtRate(BuyerApp buyer, Map<String, CompletableFuture<Callback>> waiting, List<Prepared> prepared, int rate)
            throws Exception {
        List<CompletableFuture<Long>> answers = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger checkFailures = new AtomicInteger();
        // Every callback is checked (signature, schema, ids, quote), but after the step: the checks run on this machine's
        // cores, which the suite under test needs while the step runs (~2 ms of CPU a callback; the callbacks are signed
        // for an hour, so checking them minutes later judges the signature the same way).
        Queue<Runnable> received = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        for (int i = 0; i < prepared.size(); i++) {
            long due = start + i * ONE_SECOND / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Prepared order = prepared.get(i);
            JsonNode message = OrderMessages.confirm("O-" + UUID.randomUUID(), order.onInitOrder(), Instant.now());
            answers.add(buyer.sendAsync(order.transaction(), "confirm", message).thenCompose(sent -> {
                CompletableFuture<Callback> answer = waiting.computeIfAbsent(sent.messageId(), id -> new CompletableFuture<>());
                return answer.thenApply(callback -> {
                    if (callback.hasError()) {
                        errors.incrementAndGet();
                    }
                    received.add(() -> {
                        CheckedCallback checked = buyer.check(order.transaction(), callback, "on_confirm", sent.messageId());
                        if (!checked.passed()) {
                            checkFailures.incrementAndGet();
                        }
                    });
                    return callback.receivedNanos() - sent.sentNanos();
                });
            }));
        }
        double sendRate = prepared.size() / ((System.nanoTime() - start) / 1e9);
        List<Long> latencies = new ArrayList<>();
        for (CompletableFuture<Long> answer : answers) {
            try {
                latencies.add(answer.get(30, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                // unanswered: counted by the difference
            }
        }
        received.forEach(Runnable::run);
        return new Result(latencies.stream().mapToLong(Long::longValue).toArray(), sendRate, errors, checkFailures);
    }

    private static long p99(long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Long.MAX_VALUE : sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.99 * sorted.length) - 1)];
    }
}
