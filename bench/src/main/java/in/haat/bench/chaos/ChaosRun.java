package in.haat.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.bench.Suite;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.BuyerIdentity;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * ./haat chaos: the fault suite at full scale against the suite ./haat up runs. The demo buyer app orders from the demo
 * storefront at a steady rate while the broker, order-service, inventory-service and the gateway are each killed with
 * kill -9, kept down a while and brought back with ./haat up; then prints each recovery, the counts, and exits 1 on
 * anything lost or duplicated (FaultChecks).
 *
 * <p>Usage: {@code ./haat chaos [--rate 5] [--steady 20] [--down 10] [--targets broker,order-service,inventory-service,ondc-gateway-service]}
 */
public final class ChaosRun {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private ChaosRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        double rate = Double.parseDouble(options.getOrDefault("rate", "5"));
        int steady = Integer.parseInt(options.getOrDefault("steady", "20"));
        int down = Integer.parseInt(options.getOrDefault("down", "10"));
        List<String> targets = Arrays.asList(options.getOrDefault("targets", "broker,order-service,inventory-service,ondc-gateway-service").split(","));
        LocalSuite local = new LocalSuite();
        Suite suite = new Suite();
        List<OrderStream.Item> items = demoItems(local, suite, (long) Math.ceil(rate * 2 * (steady + down + 180) * (targets.size() + 1)));
        FaultChecks checks = new FaultChecks(local::connect);
        Map<String, Long> committedBefore = checks.committed(items);
        DeadLetterTopic deadLetters = new DeadLetterTopic(local.bootstrap());
        List<Ledger.Recovery> recoveries = new ArrayList<>();
        List<Long> gatewayKills = new ArrayList<>();
        OrderStream stream;
        try (BuyerApp buyer = new BuyerApp(BuyerIdentity.DEMO, suite.gatewayUrl, 0)) {
            stream = new OrderStream(buyer, items, rate, PATIENCE);
            System.out.printf("chaos: %.1f transactions/s against %s (%d demo items), %d s steady between faults, each part down %d s%n",
                    rate, suite.gatewayUrl, items.size(), steady, down);
            stream.start();
            for (String target : targets) {
                // Deliberate durations, not waits for a condition: orders flow steadily, then the part stays dead a while.
                TimeUnit.SECONDS.sleep(steady);
                long killed = local.kill(target);
                if (target.equals("ondc-gateway-service")) {
                    gatewayKills.add(killed);
                }
                System.out.printf("  %s killed (kill -9); back in %d s%n", target, down);
                TimeUnit.SECONDS.sleep(down);
                long ready = local.restart(target);
                Ledger.Recovery recovery = awaitRecovery(stream.ledger(), target, killed, ready);
                recoveries.add(recovery);
                System.out.println("  " + recovery);
            }
            TimeUnit.SECONDS.sleep(steady);
            stream.stop();
            awaitSettled(local, stream.ledger());
        }
        FaultChecks.Verdict verdict = checks.check(stream.ledger(), items, committedBefore, deadLetters.since(), gatewayKills);
        System.out.println("\nrecovery per kill (ready again -> callbacks flowing; target 10 s):");
        recoveries.forEach(r -> System.out.println("  " + r));
        System.out.println("counts:");
        verdict.counts().forEach(line -> System.out.println("  " + line));
        verdict.failures().forEach(line -> System.out.println("  FAILED: " + line));
        System.out.println(verdict.passed() ? "chaos: nothing lost, nothing duplicated" : "chaos: " + verdict.failures().size() + " failure(s)");
        System.exit(verdict.passed() ? 0 : 1);
    }

    private static Ledger.Recovery awaitRecovery(Ledger ledger, String target, long killed, long ready) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Ledger.Recovery recovery = ledger.recovery(target, killed, ready);
        while (!recovery.complete() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            recovery = ledger.recovery(target, killed, ready);
        }
        return recovery;
    }

    /** Waits until every ACKed request has its callback, no callback is left to deliver and no outbox row to send. */
    private static void awaitSettled(LocalSuite local, Ledger ledger) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (ledger.unanswered().isEmpty() && count(local, "gateway", "select count(*) from ondc_callback where delivered_at is null and gave_up_at is null") == 0
                    && count(local, "order", "select count(*) from outbox_event where sent_at is null and dead_at is null") == 0
                    && count(local, "inventory", "select count(*) from outbox_event where sent_at is null and dead_at is null") == 0
                    && count(local, "gateway", "select count(*) from outbox_event where sent_at is null and dead_at is null") == 0) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static long count(LocalSuite local, String service, String sql) throws Exception {
        try (Connection c = local.connect(service); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The demo storefront's first six items, each given {@code units} more on hand so the run never runs out (the
     * seed's stock is otherwise left as it is: on hand grows, nothing held or committed changes).
     */
    private static List<OrderStream.Item> demoItems(LocalSuite local, Suite suite, long units) throws Exception {
        JsonNode demo = Suite.JSON.readTree(Files.readString(local.root.resolve(".haat/demo.json")));
        String storefront = demo.path("storefront_id").asText();
        String token = suite.partnerTokenOf(demo.path("client_id").asText(), demo.path("client_secret").asText());
        List<OrderStream.Item> items = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String item = String.format("00000000-0000-4000-8000-%012d", i);
            String path = suite.inventoryUrl + "/api/storefronts/" + storefront + "/catalogue/" + item + "/inventory";
            JsonNode stock = Suite.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", token).GET(), 200);
            Suite.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", token).header("Content-Type", "application/json")
                    .PUT(Suite.body(Map.of("quantity", stock.path("on_hand").asLong() + units))), 200);
            items.add(new OrderStream.Item(storefront, item));
        }
        return items;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("usage: ./haat chaos [--rate N] [--steady S] [--down S] [--targets a,b,...]; not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
