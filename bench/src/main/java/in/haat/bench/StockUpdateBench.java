package in.haat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stock update throughput (updates/s) and latency of inventory-service at a few concurrency levels, against the
 * running suite (./haat up). It registers a partner, creates a seller, a storefront and its catalogue through
 * catalogue-service, waits until inventory-service has learnt them from catalogue events, then measures:
 * Setu's absolute update (PUT .../inventory) spread over the catalogue, and delta adjustments all on one item
 * (every request waits for the same row lock: the worst case). Each result is followed by its bounds, measured right
 * after it at the same concurrency: the same requests without a token (the bare HTTP round trip through the same
 * server) and PostgreSQL's own rate of single-row UPDATEs, one per commit (over as many rows, or on one row).
 *
 * <p>Usage: {@code ./haat bench StockUpdateBench [seconds per run, default 10] [items, default 64]}; first
 * {@code HAAT_BENCH_STOCK_WARMUP_SECONDS} (30) of unjudged load at 64 clients.
 */
public final class StockUpdateBench {

    private static final int[] CONCURRENCY = {1, 8, 32, 64};

    private StockUpdateBench() {
    }

    public static void main(String[] args) throws Exception {
        Duration run = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 10);
        int itemCount = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Suite suite = new Suite();
        String token = suite.partnerToken(Suite.newPartnerId());

        // Catalogue events are keyed by seller: a seller on a partition inventory-service is still catching up on
        // waits behind it, so four sellers are created and the first whose catalogue is known is measured.
        List<String> candidates = new ArrayList<>();
        List<List<UUID>> candidateItems = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            UUID seller = UUID.fromString(Suite.send(post(suite.catalogueUrl + "/api/sellers", token, seller()), 201).get("id").asText());
            UUID storefront = UUID.fromString(Suite.send(post(suite.catalogueUrl + "/api/storefronts", token, storefront(seller)), 201)
                    .get("storefront_id").asText());
            List<UUID> ids = new ArrayList<>();
            List<Map<String, Object>> catalogue = new ArrayList<>();
            for (int i = 0; i < itemCount; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                catalogue.add(item(id, i));
            }
            HttpRequest.Builder upsert = HttpRequest.newBuilder(URI.create(suite.catalogueUrl + "/api/storefronts/" + storefront + "/catalogue"))
                    .header("Authorization", token).header("Content-Type", "application/json").PUT(Suite.body(catalogue)).timeout(Suite.ANSWER_TIMEOUT);
            HttpResponse<String> accepted = Suite.HTTP.send(upsert.build(), HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() / 100 != 2) {
                throw new IllegalStateException("catalogue upsert answered " + accepted.statusCode() + ": " + accepted.body());
            }
            candidates.add(suite.inventoryUrl + "/api/storefronts/" + storefront);
            candidateItems.add(ids);
        }
        int known = awaitKnown(candidates, token, itemCount);
        String inventory = candidates.get(known);
        List<UUID> items = candidateItems.get(known);
        System.out.printf("inventory-service at %s: %s with %d items%n", suite.inventoryUrl, inventory, itemCount);

        // Warm-up, printed but not judged: the JIT, connection pools, PostgreSQL's caches. A stock update's path compiles
        // over tens of seconds of load (three 15 s runs of 64 clients one after the other on a fresh suite, 2026-12-04:
        // 378, 470 and 584 updates/s); 5 s at 8 clients, as before, measured mostly the compiler. Even clients set, odd
        // clients adjust, each on random items.
        Duration warmUp = Duration.ofSeconds(Integer.parseInt(env("HAAT_BENCH_STOCK_WARMUP_SECONDS", "30")));
        if (!warmUp.isZero()) {
            // No "clients:" in this line: ./haat bench all's table reads those as measured levels.
            System.out.printf("stock warm-up (not judged, %d s at 64 clients) %s%n", warmUp.toSeconds(),
                    ClosedLoop.http(64, warmUp, 200, i -> {
                        UUID item = items.get(ThreadLocalRandom.current().nextInt(items.size()));
                        return i % 2 == 0 ? setu(inventory, token, item) : adjust(inventory, token, item);
                    }).line());
        }

        System.out.printf("load average %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("Setu inventory update (PUT absolute quantity), spread over " + itemCount + " items:");
        for (int c : CONCURRENCY) {
            ClosedLoop.Requests spread = i -> setu(inventory, token, items.get(ThreadLocalRandom.current().nextInt(items.size())));
            level(c, run, spread, i -> withoutToken(spread.next(i)), itemCount);
        }
        System.out.println("Delta adjustment (POST .../adjustments +1), all on one item:");
        UUID hot = items.get(0);
        for (int c : CONCURRENCY) {
            level(c, run, i -> adjust(inventory, token, hot), i -> withoutToken(adjust(inventory, token, hot)), 1);
        }
        System.out.printf("load average %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        JsonNode last = Suite.send(HttpRequest.newBuilder(URI.create(inventory + "/catalogue/" + hot + "/inventory"))
                .header("Authorization", token).GET(), 200);
        System.out.printf("the hot item ends with on_hand %d (version %d)%n", last.get("on_hand").asInt(), last.get("version").asLong());
    }

    private static HttpRequest setu(String inventory, String token, UUID item) {
        int quantity = ThreadLocalRandom.current().nextInt(1000, 5000);
        return HttpRequest.newBuilder(URI.create(inventory + "/catalogue/" + item + "/inventory"))
                .header("Authorization", token).header("Content-Type", "application/json").timeout(Suite.ANSWER_TIMEOUT)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\": " + quantity + "}")).build();
    }

    private static HttpRequest adjust(String inventory, String token, UUID item) {
        return HttpRequest.newBuilder(URI.create(inventory + "/catalogue/" + item + "/inventory/adjustments"))
                .header("Authorization", token).header("Content-Type", "application/json").timeout(Suite.ANSWER_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString("{\"delta\": 1, \"reason\": \"bench\"}")).build();
    }

    /** The run, then its bounds in the same conditions: the bare HTTP round trip and PostgreSQL's update rate. */
    private static void level(int concurrency, Duration run, ClosedLoop.Requests requests, ClosedLoop.Requests bare,
            int boundRows) throws Exception {
        System.out.printf("  %3d clients: %s%n", concurrency, ClosedLoop.http(concurrency, run, 200, requests).line());
        Duration bound = Duration.ofSeconds(Math.max(2, run.toSeconds() / 2));
        System.out.printf("      bound, bare HTTP (the same request without a token, 401 from the edge): %s%n",
                ClosedLoop.http(concurrency, bound, 401, bare).line());
        // Few connections: the development PostgreSQL (max_connections 100) is shared by several suites.
        int connections = Math.min(concurrency, PG_CONNECTIONS);
        String pg;
        try {
            pg = ClosedLoop.postgres(DB_URL, env("HAAT_DB_USER", "postgres"), env("HAAT_DB_PASSWORD", ""), connections,
                    bound, boundRows).line();
        } catch (SQLException e) {
            pg = "not measured (" + e.getMessage() + ")";
        }
        System.out.printf("      bound, PostgreSQL (one single-row UPDATE per commit, %d connection%s, on %d row%s, JDBC): %s%n",
                connections, connections == 1 ? "" : "s", boundRows, boundRows == 1 ? "" : "s", pg);
    }

    /** At most this many connections for PostgreSQL's bound. */
    private static final int PG_CONNECTIONS = 8;

    private static final String DB_URL = "jdbc:postgresql://" + env("HAAT_DB_HOST", "127.0.0.1") + ":"
            + env("HAAT_DB_PORT", "5432") + "/haat_inventory" + env("HAAT_DB_SUFFIX", "");

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static HttpRequest withoutToken(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> !"Authorization".equalsIgnoreCase(name)).build();
    }

    /** The index of the first storefront whose items inventory-service knows. */
    private static int awaitKnown(List<String> storefronts, String token, int items) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            for (int s = 0; s < storefronts.size(); s++) {
                HttpResponse<String> page = Suite.HTTP.send(HttpRequest.newBuilder(URI.create(storefronts.get(s) + "/inventory?limit=500"))
                        .header("Authorization", token).timeout(Suite.ANSWER_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && Suite.JSON.readTree(page.body()).get("items").size() >= items) {
                    return s;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("inventory-service did not learn any of the storefronts and their " + items
                + " items from catalogue events within 3 minutes");
    }

    private static HttpRequest.Builder post(String url, String token, Object body) throws Exception {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(Suite.body(body));
    }

    private static Map<String, Object> seller() {
        Map<String, Object> seller = new LinkedHashMap<>();
        seller.put("name", "Bench Stores");
        seller.put("legal_entity_name", "Bench Stores Private Limited");
        seller.put("incorporation_type", "PRLC");
        seller.put("gst_number", "24AAACC1206D1ZM");
        seller.put("pan_number", "AAACC1206D");
        seller.put("fssai_number", "12319678901234");
        seller.put("categories", List.of("F&B", "Grocery"));
        seller.put("bank_account", Map.of("account_number", "6312763481", "ifsc_code", "KKBK0000187"));
        return seller;
    }

    private static Map<String, Object> storefront(UUID sellerId) {
        Map<String, Object> pickup = new LinkedHashMap<>();
        pickup.put("pickup_name", "Bench Pickup");
        pickup.put("email", "ondc@example.in");
        pickup.put("pickup_phone", "+919654198036");
        pickup.put("pickup_pincode", "122003");
        pickup.put("pickup_address", "House No. 12, Random Marg, Saket");
        pickup.put("pickup_city", "Delhi");
        pickup.put("pickup_state", "Delhi");
        pickup.put("pickup_country", "India");
        pickup.put("pickup_lat", 28.5273);
        pickup.put("pickup_long", 77.1821);
        Map<String, Object> hours = new LinkedHashMap<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            hours.put(day, List.of(Map.of("opening", "00:00:00", "closing", "23:59:00")));
        }
        Map<String, Object> storefront = new LinkedHashMap<>();
        storefront.put("seller_id", sellerId.toString());
        storefront.put("name", "Bench Saket Branch");
        storefront.put("categories", List.of("F&B"));
        storefront.put("pickup_details", pickup);
        storefront.put("serviceability", Map.of("radius", 10));
        storefront.put("billing_details", Map.of(
                "legal_details", Map.of("incorporation_name", "Bench Stores Private Limited", "incorporation_type", "PRLC",
                        "gstin", "24AAACC1206D1ZM", "pan", "AAACC1206D"),
                "registered_address", Map.of("address_line_1", "House No. 12, Random Marg, Saket", "pincode", 122003,
                        "city", "Delhi", "state", "Delhi"),
                "contact_detail", Map.of("phone", "+919654198036", "email", "billing@example.in"),
                "bank_account", Map.of("account_number", "12482883913", "ifsc_code", "HDFC0010920")));
        storefront.put("business_hours", hours);
        storefront.put("policies", Map.of("accept_orders_outside_business_hours", true));
        storefront.put("fulfilment", "SELF_SHIP");
        return storefront;
    }

    private static Map<String, Object> item(UUID id, int n) {
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("is_selling_price_exclusive_of_gst", true);
        price.put("max_retail_price", 130);
        price.put("selling_price", 110);
        price.put("total_tax_rate", 18);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", "Bench item " + n);
        details.put("symbol", "https://cdn.example.in/dosa.png");
        details.put("short_description", "Crisp dosa");
        details.put("long_description", "Crisp dosa with potato masala, sambar and chutney");
        details.put("images", List.of("https://cdn.example.in/dosa-1.png"));
        details.put("subcategory_specific_requirements", Map.of("food_beverages", Map.of("is_vegetarian", true)));
        details.put("price", price);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("catalogue_item_id", id.toString());
        item.put("sub_categories", List.of("F&B"));
        item.put("catalogue_item_details", details);
        item.put("inventory", Map.of("unit_denomination", "GM", "unit_value", 300, "quantity", 2000));
        item.put("item_policies", Map.of("returnable", false, "cancellable", true, "cod_availability", true,
                "time_to_ship", Map.of("days", 0, "hours", 1, "seconds", 0)));
        item.put("serviceability", Map.of("pincodes", List.of(122003)));
        return item;
    }
}
