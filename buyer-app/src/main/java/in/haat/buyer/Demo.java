package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * {@code ./haat demo}: the demo buyer app buys one item of the demo storefront from the running suite ({@code ./haat up})
 * through delivery, printing each request, ACK and callback as it happens and the seller's actions between, then a
 * one-screen summary. The seller acts with a real token of the demo partner ({@code .haat/demo.json}). With
 * {@code --flow igm} it then rates the order and raises, resolves, closes and escalates issues ({@link IgmJourney}).
 * Exit status 0 only if every check passed.
 */
public final class Demo implements JourneyListener {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(env("HAAT_ROOT", "."));
        String gateway = "http://localhost:" + env("HAAT_GATEWAY_PORT", "8080");
        String auth = "http://localhost:" + env("HAAT_AUTH_PORT", "8081");
        String orders = "http://localhost:" + env("HAAT_ORDER_PORT", "8084");
        Path state = root.resolve(".haat/demo.json");
        if (!Files.exists(state)) {
            System.err.println("demo: " + state + " is missing: run ./haat up (it seeds the demo seller) first");
            System.exit(2);
        }
        JsonNode demo = BuyerApp.JSON.readTree(state.toFile());
        String bearer = token(auth, demo.path("client_id").asText(), demo.path("client_secret").asText());
        String storefront = demo.path("storefront_id").asText(null);
        int port = Integer.parseInt(env("HAAT_DEMO_BUYER_PORT", "0"));

        try (BuyerApp buyer = new BuyerApp(BuyerIdentity.DEMO, gateway, port)) {
            RegistryEntry seller = buyer.seller();
            System.out.printf("Haat demo: buyer app %s (bap_uri %s) buys from seller app %s at %s%n",
                    buyer.bapId(), buyer.bapUri(), seller.subscriberId(), gateway);
            System.out.printf("seller's registry entry: key %s, signing key %s; seller acts as partner client %s%n%n",
                    seller.uniqueKeyId(), seller.signingPublicKey(), demo.path("client_id").asText());
            Demo printer = new Demo();
            SellerApi sellerApi = new SellerApi(orders, bearer);
            Duration wait = Duration.ofSeconds(30);
            String version = option(args, "--core-version", BuyerApp.CORE_VERSION);
            // --flow: delivery (ONDC's flow 1, the default), cancel (the buyer's /cancel), part-cancel or rto (the seller's),
            // return (the buyer's return, the seller takes it back),
            // igm (a rating, an issue resolved with a refund and closed, another escalated).
            JourneyReport report = switch (option(args, "--flow", "delivery")) {
                case "delivery" -> new BuyerJourney(buyer, sellerApi, wait, printer, version).run(null, storefront);
                case "cancel" -> new CancelJourney(buyer, sellerApi, wait, printer, version).run(null, storefront, "006");
                case "part-cancel" -> new SellerCancelJourney(buyer, sellerApi, wait, printer, version).partCancel(null, storefront);
                case "rto" -> new SellerCancelJourney(buyer, sellerApi, wait, printer, version).rto(null, storefront);
                case "return" -> new ReturnJourney(buyer, sellerApi, wait, printer, version).run(ReturnJourney.DEMO_RETURNABLE, storefront);
                case "igm" -> new IgmJourney(buyer, sellerApi, wait, printer).run(null, storefront);
                default -> {
                    System.err.println("demo: --flow is one of delivery, cancel, part-cancel, rto, return, igm");
                    System.exit(2);
                    yield null;
                }
            };
            summary(report);
            System.exit(report.passed() ? 0 : 1);
        }
    }

    /** The value after {@code name} in {@code args}, else {@code otherwise}. */
    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    @Override
    public void sent(Sent request) {
        System.out.printf("%s  -> /%-9s txn %s msg %s%n", at(request.sentNanos()), request.action(),
                request.body().path("context").path("transaction_id").asText(), request.messageId());
        System.out.printf("%s  <- %s in %.0f ms%n", at(request.answeredNanos()), request.acked() ? "ACK" : "NACK " + request.status() + " " + request.answer(),
                request.ackMillis());
    }

    @Override
    public void received(CheckedCallback callback, double millis) {
        Callback c = callback.callback();
        JsonNode order = c.order();
        String what = switch (c.action()) {
            case "on_search" -> c.body().path("message").path("catalog").path("bpp/providers").size() + " provider(s)";
            case "on_select", "on_init" -> "quote " + order.path("quote").path("price").path("value").asText();
            case "on_track" -> c.hasError() ? "" : "tracking " + c.body().path("message").path("tracking").path("status").asText();
            case "on_rating" -> "rating_ack " + c.body().path("message").path("rating_ack").asText();
            case "on_issue", "on_issue_status" -> "issue " + c.body().path("message").path("issue").path("id").asText() + " "
                    + c.body().path("message").path("issue").path("issue_actions").path("respondent_actions").findValuesAsText("respondent_action");
            default -> "order " + order.path("id").asText() + " " + order.path("state").asText() + " / " + BuyerJourney.fulfilmentState(order);
        };
        if (c.hasError()) {
            what += " error " + c.error().path("code").asText() + " " + c.error().path("message").asText();
        }
        System.out.printf("%s  <= /%-9s msg %s (%s) after %.0f ms: %s%n", at(c.receivedNanos()), c.action(), c.messageId(),
                callback.checks().stream().anyMatch(k -> k.name().equals("message_id fresh")) ? "unsolicited" : "solicited", millis, what);
        System.out.printf("              checks: %s%n", callback.checks().stream()
                .map(k -> (k.passed() ? "ok " : "FAIL ") + k.name()).collect(Collectors.joining(", ")));
        callback.failures().forEach(k -> System.out.printf("              FAIL %s: %s%n", k.name(), k.detail()));
    }

    @Override
    public void sellerAction(String action, SellerApi.Answer answer) {
        boolean issue = answer.body().has("issue_type");
        System.out.printf("%n%s  seller: %-16s HTTP %d in %.0f ms: %s %s / %s%n", now(), action, answer.status(), answer.millis(),
                issue ? "issue" : "order", answer.body().path("state").asText(),
                answer.body().path(issue ? "issue_type" : "fulfilment_state").asText());
    }

    @Override
    public void note(String text) {
        System.out.printf("%s  %s%n", now(), text);
    }

    private static void summary(JourneyReport report) {
        System.out.printf("%n%-56s %10s %8s  %s%n", "STEP", "LATENCY", "CHECKS", "RESULT");
        for (JourneyReport.Step step : report.steps()) {
            long passed = step.checks().stream().filter(Check::passed).count();
            System.out.printf("%-56s %7.0f ms %4d/%-3d  %s%n", step.name(), step.millis(), passed, step.checks().size(),
                    step.passed() ? "pass" : "FAIL");
        }
        report.failures().forEach(f -> System.out.println("  FAIL " + f));
        System.out.printf("%norder %s: %s%n", report.orderId(), report.passed() ? "every callback passed every check" : "FAILED");
    }

    static String token(String auth, String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(auth + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("auth-service refused the demo partner's credentials: " + response.statusCode() + " " + response.body());
        }
        return "Bearer " + BuyerApp.JSON.readTree(response.body()).path("access_token").asText();
    }

    /** The wall-clock time of a System.nanoTime() reading. */
    private static String at(long nanos) {
        return LocalTime.now().minusNanos(System.nanoTime() - nanos).format(CLOCK);
    }

    private static String now() {
        return LocalTime.now().format(CLOCK);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
