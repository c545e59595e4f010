package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The playing half of {@code ./haat conformance}: the demo buyer app plays each flow ONDC's log validator checks, in
 * each supported version, and an IGM 1.0.0 transaction after an order, against the running suite, and exports each transaction from the gateway's transaction
 * log as the validator's flow file ({@code GET /api/sellers/{id}/ondc-messages/flow}) into the directory given.
 * The script then validates each file. Exit status 0 when every flow was played through.
 */
public final class Conformance {

    /** The flows played: the validator's flow id and a name. */
    record Flow(String id, String name) {
    }

    static final List<String> VERSIONS = List.of("1.2.0", "1.2.5");
    static final List<Flow> FLOWS = List.of(new Flow("2", "search-to-delivered"), new Flow("3", "out-of-stock"),
            new Flow("4", "buyer-cancels"), new Flow("5", "rto"), new Flow("6", "returns"));
    /**
     * The buyer's reason in flow 4: 010, "buyer wants to modify address / other order details", one of the few the
     * validator (4d13362) takes from a buyer app (051, 052, 053, 999, 010) that ONDC's reason table also gives buyers.
     */
    static final String CANCEL_REASON = "010";

    /** The last callback of each flow's journey: the export is complete once it is logged. */
    static final Map<String, String> LAST = Map.of("2", "on_track", "3", "on_track", "4", "on_cancel",
            "5", "on_status_rto_delivered/disposed", "6", "on_update_settlement_liquidated");

    private Conformance() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : ".haat/conformance");
        Files.createDirectories(out);
        Path root = Path.of(Demo.env("HAAT_ROOT", "."));
        String gateway = "http://localhost:" + Demo.env("HAAT_GATEWAY_PORT", "8080");
        String auth = "http://localhost:" + Demo.env("HAAT_AUTH_PORT", "8081");
        String orders = "http://localhost:" + Demo.env("HAAT_ORDER_PORT", "8084");
        JsonNode demo = BuyerApp.JSON.readTree(root.resolve(".haat/demo.json").toFile());
        String bearer = Demo.token(auth, demo.path("client_id").asText(), demo.path("client_secret").asText());
        String storefront = demo.path("storefront_id").asText(null);
        String sellerId = demo.path("seller_id").asText();
        boolean allPlayed = true;
        try (BuyerApp buyer = new BuyerApp(BuyerIdentity.DEMO, gateway, Integer.parseInt(Demo.env("HAAT_DEMO_BUYER_PORT", "0")))) {
            // HAAT_CONFORMANCE_FLOWS (say "5,6") plays only those flows: for working on one flow.
            List<String> only = List.of(Demo.env("HAAT_CONFORMANCE_FLOWS", "").split(","));
            for (String version : VERSIONS) {
                for (Flow flow : FLOWS.stream().filter(f -> only.equals(List.of("")) || only.contains(f.id())).toList()) {
                    JourneyReport report = play(flow, buyer, new SellerApi(orders, bearer), version, storefront);
                    allPlayed &= report.passed();
                    System.out.printf("played %s flow %s (%s): transaction %s, %s%n", version, flow.id(), flow.name(),
                            report.transactionId(), report.passed() ? "every buyer-app check passed" : "FAILED");
                    report.failures().forEach(f -> System.out.println("  FAIL " + f));
                    Path file = out.resolve(version + "-flow" + flow.id() + ".json");
                    try {
                        Files.writeString(file, export(gateway, bearer, sellerId, report.transactionId(), flow.id()));
                        System.out.println("  exported " + file);
                    } catch (IllegalStateException e) {
                        allPlayed = false;
                        System.out.println("  not exported: " + e.getMessage());
                    }
                }
            }
            allPlayed &= playIgm(buyer, new SellerApi(orders, bearer), storefront, gateway, bearer, sellerId, out);
        }
        System.exit(allPlayed ? 0 : 1);
    }

    private static JourneyReport play(Flow flow, BuyerApp buyer, SellerApi seller, String version, String storefront)
            throws Exception {
        Duration wait = Duration.ofSeconds(30);
        return switch (flow.id()) {
            case "3" -> new BuyerJourney(buyer, seller, wait, new JourneyListener() { }, version).runOutOfStock(null, storefront);
            case "4" -> new CancelJourney(buyer, seller, wait, new JourneyListener() { }, version).run(null, storefront, CANCEL_REASON);
            // The validator's flows 5 and 6 differ by version: 1.2.0's 5 is the RTO alone, its 6 a part-cancel, a
            // return picked up and one liquidated; 1.2.5's 5 puts the part-cancel before the RTO, its 6 is the
            // liquidation, whose checks still want the part-cancel's Cancel fulfilment: it is played first there too.
            case "5" -> new SellerCancelJourney(buyer, seller, wait, new JourneyListener() { }, version).rto(null, storefront,
                    version.equals("1.2.5"));
            case "6" -> new ReturnJourney(buyer, seller, wait, new JourneyListener() { }, version).run(ReturnJourney.DEMO_RETURNABLE, storefront,
                    true, version.equals("1.2.0"), true);
            default -> new BuyerJourney(buyer, seller, wait, new JourneyListener() { }, version).run(null, storefront);
        };
    }

    /**
     * IGM 1.0.0 after an order (retail 1.2.0): {@link IgmJourney}'s issue raised, asked after, resolved with a refund and
     * closed, exported as the validator's IGM flow file ({@code flow=igm}) to {@code igm-1.0.0-flowigm.json}.
     */
    private static boolean playIgm(BuyerApp buyer, SellerApi seller, String storefront, String gateway, String bearer, String sellerId,
            Path out) throws Exception {
        IgmJourney journey = new IgmJourney(buyer, seller, Duration.ofSeconds(30), new JourneyListener() { });
        JourneyReport report = journey.run(null, storefront);
        System.out.printf("played IGM 1.0.0 (issue, status, resolution, close): transaction %s, %s%n", journey.resolvedTransaction(),
                report.passed() ? "every buyer-app check passed" : "FAILED");
        report.failures().forEach(f -> System.out.println("  FAIL " + f));
        if (journey.resolvedTransaction() == null) {
            return false;
        }
        Path file = out.resolve("igm-1.0.0-flowigm.json");
        try {
            Files.writeString(file, export(gateway, bearer, sellerId, journey.resolvedTransaction(), "igm"));
            System.out.println("  exported " + file);
        } catch (IllegalStateException e) {
            System.out.println("  not exported: " + e.getMessage());
            return false;
        }
        return report.passed();
    }

    /**
     * The transaction's flow file. A callback is logged once the buyer app has ACKed it, a moment after the buyer app
     * saw it, so the export is asked again until the last callback of the journey (/on_track, or /on_cancel; IGM: the
     * buyer's closing /issue) is in it.
     */
    static String export(String gateway, String bearer, String sellerId, String transactionId, String flow) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(gateway + "/api/sellers/" + sellerId + "/ondc-messages/flow?flow=" + flow + "&transaction_id="
                + URLEncoder.encode(transactionId, StandardCharsets.UTF_8));
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            response = http.send(HttpRequest.newBuilder(uri).header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode payload = response.statusCode() == 200 ? BuyerApp.JSON.readTree(response.body()).path("payload") : null;
            if (payload != null && payload.has(LAST.getOrDefault(flow, "ret_issue_close"))) {
                return response.body();
            }
            Thread.sleep(500);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the flow export answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
