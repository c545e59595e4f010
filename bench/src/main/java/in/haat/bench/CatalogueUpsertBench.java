package in.haat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Catalogue bulk upsert throughput on a running suite: a new partner, seller and storefront, then
 * {@code PUT /api/storefronts/{id}/catalogue} calls of 1,000 and 10,000 items (new items, then every one with a new
 * price, then that call again unchanged), reported in items/s. Bodies are serialised before the clock starts. Args: runs
 * per size (default 3); {@code HAAT_BENCH_SETTLE_SECONDS} waits before each call after the first.
 */
public final class CatalogueUpsertBench {

    private static final int SETTLE_SECONDS = Integer.parseInt(System.getenv().getOrDefault("HAAT_BENCH_SETTLE_SECONDS", "0"));

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Suite suite = new Suite();
        String token = suite.partnerToken(Suite.newPartnerId());
        JsonNode seller = Suite.send(post(suite.catalogueUrl + "/api/sellers", token, seller()), 201);
        JsonNode storefront = Suite.send(post(suite.catalogueUrl + "/api/storefronts", token,
                storefront(seller.get("id").asText())), 201);
        String catalogue = suite.catalogueUrl + "/api/storefronts/" + storefront.get("storefront_id").asText() + "/catalogue";
        measure(catalogue, token, runs);
    }

    /** A new F&B and Grocery seller with valid KYC fields. */
    static Map<String, Object> seller() {
        return Map.of(
                "name", "Bench Stores", "legal_entity_name", "Bench Stores Private Limited", "incorporation_type", "PRLC",
                "gst_number", "24AAACC1206D1ZM", "pan_number", "AAACC1206D", "fssai_number", "12319678901234",
                "categories", List.of("F&B", "Grocery"),
                "bank_account", Map.of("account_number", "6312763481", "ifsc_code", "KKBK0000187"));
    }

    private static void measure(String catalogue, String token, int runs) throws Exception {
        // Warm-up: JIT and connection pools, not measured.
        upsert(catalogue, token, items(1_000));
        for (int size : new int[] { 1_000, 10_000 }) {
            long[] nanos = new long[runs * PASSES.length];
            long items = 0;
            long total = 0;
            for (int run = 0; run < runs; run++) {
                List<Map<String, Object>> created = items(size);
                List<Map<String, Object>> repriced = repriced(created);
                for (int pass = 0; pass < PASSES.length; pass++) {
                    if (pass > 0) {
                        settle();
                    }
                    long took = upsert(catalogue, token, pass == 0 ? created : repriced);
                    nanos[run * PASSES.length + pass] = took;
                    total += took;
                    items += size;
                    System.out.printf("%,6d items (%s): %,7.0f ms, %,7.0f items/s%n", size, label(pass), took / 1e6,
                            size / (took / 1e9));
                }
            }
            System.out.printf("%,6d-item calls: %,.0f items/s overall; per call %s%n", size, items / (total / 1e9),
                    Stats.percentiles(nanos));
            long bound = Bounds.plainInsert("catalogue", items(size));
            System.out.printf("bound, same run: PostgreSQL's plain insert of %,d such documents (one transaction, no rules, "
                    + "no events, no HTTP): %,.0f ms, %,.0f items/s; load average %s%n", size, bound / 1e6, size / (bound / 1e9), loadAverage());
        }
    }

    /**
     * Each run's calls: the items new; every one of them again with its selling price changed (each written and an
     * event); the same call once more, as partners resend whole catalogues (nothing changed, so nothing written).
     */
    private static final String[] PASSES = { "new", "prices changed", "same again" };

    private static String label(int pass) {
        String label = PASSES[pass];
        return pass == 0 ? label : SETTLE_SECONDS == 0 ? label + ", right after" : label + ", " + SETTLE_SECONDS + " s later";
    }

    /** The same items, each selling for one rupee more (still under its MRP). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> repriced(List<Map<String, Object>> items) {
        List<Map<String, Object>> repriced = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            Map<String, Object> details = new LinkedHashMap<>((Map<String, Object>) item.get("catalogue_item_details"));
            Map<String, Object> price = new LinkedHashMap<>((Map<String, Object>) details.get("price"));
            price.put("selling_price", ((Number) price.get("selling_price")).intValue() + 1);
            details.put("price", price);
            copy.put("catalogue_item_details", details);
            repriced.add(copy);
        }
        return repriced;
    }

    /**
     * Waits {@code HAAT_BENCH_SETTLE_SECONDS} (0 by default) before each call after the first: with it they are
     * measured once the suite has digested the previous call's events, without it (as in {@code bench all}'s first
     * run) while it still does.
     */
    private static void settle() throws InterruptedException {
        Thread.sleep(1000L * SETTLE_SECONDS);
    }

    /** The machine's 1-minute load average, for the record: the numbers mean little without it. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static long upsert(String url, String token, List<Map<String, Object>> items) throws Exception {
        byte[] body = Suite.JSON.writeValueAsBytes(items);
        long started = System.nanoTime();
        JsonNode job = Suite.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body)), 202);
        long took = System.nanoTime() - started;
        if (job.get("accepted").asInt() != items.size()) {
            throw new IllegalStateException("not every item was accepted: " + job);
        }
        return took;
    }

    static HttpRequest.Builder post(String url, String token, Object body) throws Exception {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(Suite.body(body));
    }

    private static List<Map<String, Object>> items(int count) {
        return items(count, "");
    }

    /** {@code count} new F&B items named "Bench item N" followed by {@code nameSuffix}. */
    static List<Map<String, Object>> items(int count, String nameSuffix) {
        List<Map<String, Object>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> price = new LinkedHashMap<>();
            price.put("is_selling_price_exclusive_of_gst", true);
            price.put("max_retail_price", 130 + i % 50);
            price.put("selling_price", 110 + i % 20);
            price.put("sgst_tax_rate", 2.5);
            price.put("cgst_tax_rate", 2.5);
            price.put("total_tax_rate", 5);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", "Bench item " + i + nameSuffix);
            details.put("symbol", "https://cdn.example.in/items/" + i + ".png");
            details.put("short_description", "Bench item " + i);
            details.put("long_description", "A catalogue item made up by the benchmark, number " + i);
            details.put("images", List.of("https://cdn.example.in/items/" + i + "-1.png"));
            details.put("subcategory_specific_requirements", Map.of("food_beverages", Map.of("is_vegetarian", true)));
            details.put("price", price);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("catalogue_item_id", UUID.randomUUID().toString());
            item.put("sub_categories", List.of("F&B"));
            item.put("catalogue_item_details", details);
            item.put("inventory", Map.of("unit_denomination", "GM", "unit_value", 250, "quantity", 100));
            item.put("item_policies", Map.of("returnable", false, "cancellable", true, "cod_availability", true,
                    "time_to_ship", "PT45M"));
            items.add(item);
        }
        return items;
    }

    static Map<String, Object> storefront(String sellerId) {
        Map<String, Object> slot = Map.of("opening", "08:00:00", "closing", "22:00:00");
        Map<String, Object> hours = new LinkedHashMap<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            hours.put(day, List.of(slot));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seller_id", sellerId);
        body.put("name", "Bench Storefront");
        body.put("categories", List.of("F&B"));
        body.put("pickup_details", Map.of("pickup_name", "Bench", "email", "bench@example.in",
                "pickup_phone", "+919654198036", "pickup_pincode", "122003", "pickup_address", "12 Random Marg",
                "pickup_city", "Delhi", "pickup_state", "Delhi", "pickup_country", "India"));
        body.put("billing_details", Map.of(
                "legal_details", Map.of("incorporation_name", "Bench Stores Private Limited", "incorporation_type", "PRLC",
                        "gstin", "24AAACC1206D1ZM", "pan", "AAACC1206D"),
                "registered_address", Map.of("address_line_1", "12 Random Marg", "pincode", 122003, "city", "Delhi", "state", "Delhi"),
                "contact_detail", Map.of("phone", "+919654198036", "email", "bench@example.in"),
                "bank_account", Map.of("account_number", "12482883913", "ifsc_code", "HDFC0010920")));
        body.put("business_hours", hours);
        body.put("policies", Map.of("accept_orders_outside_business_hours", true));
        body.put("fulfilment", "SELF_SHIP");
        body.put("serviceability", Map.of("pincodes", List.of(122003, 110030, 110017)));
        return body;
    }
}
