package in.haat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.bench.chaos.Ledger;
import in.haat.bench.chaos.OrderStream;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.BuyerIdentity;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Background orders while {@code ./haat conformance} plays its flows ({@code HAAT_CONFORMANCE_LOAD}): played alone, a
 * flow sends one request at a time, so the consumers' batches (issue 15) hold one event and the validator never sees a
 * callback that was built or queued in a batch with others. The demo buyer app (a second one, on a port of its own)
 * orders demo items 25 to 34 at a steady rate (select, init, confirm, as {@code ./haat chaos} does) until it is stopped
 * (SIGTERM), then prints how many were ACKed and answered. Each of those items is first given 900 units on hand: enough
 * for a few minutes, and fewer than the out-of-stock flow's 1000-unit select.
 *
 * <p>Usage: {@code java ... in.haat.bench.ConformanceLoad [transactions per second, default 3]}
 */
public final class ConformanceLoad {

    private ConformanceLoad() {
    }

    public static void main(String[] args) throws Exception {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Suite suite = new Suite();
        JsonNode demo = Suite.JSON.readTree(Files.readString(Path.of(System.getenv().getOrDefault("HAAT_ROOT", "."), ".haat/demo.json")));
        String storefront = demo.path("storefront_id").asText();
        String token = suite.partnerTokenOf(demo.path("client_id").asText(), demo.path("client_secret").asText());
        List<OrderStream.Item> items = new ArrayList<>();
        for (int i = 25; i <= 34; i++) {
            String item = String.format("00000000-0000-4000-8000-%012d", i);
            Suite.send(HttpRequest.newBuilder(URI.create(suite.inventoryUrl + "/api/storefronts/" + storefront + "/catalogue/" + item + "/inventory"))
                    .header("Authorization", token).header("Content-Type", "application/json").PUT(Suite.body(Map.of("quantity", 900))), 200);
            items.add(new OrderStream.Item(storefront, item));
        }
        BuyerApp buyer = new BuyerApp(BuyerIdentity.DEMO, suite.gatewayUrl, 0);
        OrderStream stream = new OrderStream(buyer, items, rate, Duration.ofSeconds(60));
        CountDownLatch reported = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stream.stop();
            Ledger ledger = stream.ledger();
            System.out.printf("background orders: %s; ACKed select %d, init %d, confirm %d; unanswered %d; answered twice %d%n", stream,
                    ledger.acked("select").size(), ledger.acked("init").size(), ledger.acked("confirm").size(), ledger.unanswered().size(),
                    ledger.duplicates().size());
            buyer.close();
            reported.countDown();
        }));
        System.out.printf("background orders: %.1f transactions/s on demo items 25 to 34 of storefront %s%n", rate, storefront);
        stream.start();
        reported.await();
    }
}
