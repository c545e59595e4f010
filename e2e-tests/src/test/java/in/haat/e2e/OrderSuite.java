package in.haat.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.BuyerIdentity;
import in.haat.buyer.CheckedCallback;
import in.haat.buyer.OrderMessages;
import in.haat.buyer.SellerApi;
import in.haat.buyer.Sent;
import in.haat.buyer.Transaction;
import in.haat.testinfra.LocalInfra;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * All five packaged services as processes on fresh databases, started together once for the whole e2e run and
 * stopped after its last test, trusting the demo buyer app; a partner with every scope and one seller of its own.
 * Each test gets a storefront (or sellers, partners) of its own, so tests share the processes but not their data.
 */
final class OrderSuite implements ExtensionContext.Store.CloseableResource {

    static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration STARTUP = Duration.ofSeconds(300);
    private static final String[] DATABASES = {"haat_auth_e2e_orders", "haat_catalogue_e2e_orders", "haat_inventory_e2e_orders",
            "haat_order_e2e_orders", "haat_gateway_e2e_orders"};
    final ServiceProcess auth;
    final ServiceProcess catalogue;
    final ServiceProcess inventory;
    final ServiceProcess gateway;
    private static final String CATALOGUE = "haat.catalogue.events";
    private static final String SELLERS = "haat.sellers.events";
    private static final String STOCK = "haat.inventory.events";
    private static final String REQUESTS = "haat.ondc.requests";
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> topicsByGroup = new HashMap<>();
    private final int orderPort = ServiceProcess.freePort();
    private final Map<String, String> orderEnv;
    private ServiceProcess order;
    final Partners.Partner partner;
    final String sellerId;

    /** One item of a storefront of its own, as a test buys it. */
    record Shop(String storefrontId, String itemId, String itemName) {
    }

    /**
     * Hands the running suite to test methods that take an {@code OrderSuite}: one for the whole run, kept in the root
     * store, so the first test class starts it and JUnit stops its services after the last one. Starting five JVMs
     * was most of each class's time when every class had its own.
     */
    static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == OrderSuite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(OrderSuite.class, key -> start(), OrderSuite.class);
        }

        private static OrderSuite start() {
            LocalInfra.requireKafka();
            for (String database : DATABASES) {
                LocalInfra.recreateDatabase(database);
            }
            try {
                return new OrderSuite();
            } catch (Exception e) {
                throw new IllegalStateException("the suite did not start", e);
            }
        }
    }

    private OrderSuite() throws Exception {
        int authPort = ServiceProcess.freePort();
        String authUrl = "http://localhost:" + authPort;
        Map<String, String> authEnv = new HashMap<>(Partners.authEnv());
        authEnv.put("HAAT_AUTH_ISSUER", authUrl);
        authEnv.putAll(groupsOfTheirOwn("auth-service", Map.of("seller-directory", SELLERS)));
        auth = new ServiceProcess("auth-service", DATABASES[0], authPort, authEnv);
        Map<String, String> catalogueEnv = new HashMap<>(groupsOfTheirOwn("catalogue-service", Map.of("seller-directory", SELLERS)));
        catalogueEnv.put("HAAT_AUTH_URL", authUrl);
        catalogue = new ServiceProcess("catalogue-service", DATABASES[1], catalogueEnv);
        Map<String, String> inventoryEnv = new HashMap<>(groupsOfTheirOwn("inventory-service",
                Map.of("catalogue-events", CATALOGUE, "order-events", "haat.order.events", "seller-directory", SELLERS)));
        inventoryEnv.put("HAAT_AUTH_URL", authUrl);
        inventory = new ServiceProcess("inventory-service", DATABASES[2], inventoryEnv);
        orderEnv = new HashMap<>(groupsOfTheirOwn("order-service",
                Map.of("ondc-requests", REQUESTS, "catalogue-events", CATALOGUE, "inventory-events", STOCK,
                        "stock-levels", STOCK, "seller-directory", SELLERS)));
        orderEnv.put("HAAT_AUTH_URL", authUrl);
        orderEnv.put("HAAT_ORDER_PUBLIC_URL", "http://localhost:" + orderPort);
        order = new ServiceProcess("order-service", DATABASES[3], orderPort, orderEnv);
        int gatewayPort = ServiceProcess.freePort();
        Map<String, String> gatewayEnv = new HashMap<>(groupsOfTheirOwn("ondc-gateway-service", Map.of(
                "ondc-responses", "haat.ondc.responses", "catalogue-for-search", CATALOGUE, "stock-for-search", STOCK,
                "search-requests", REQUESTS, "seller-directory", SELLERS)));
        ConsumerGroups.startAtTheEnd(topicsByGroup);
        gatewayEnv.putAll(Map.of("HAAT_AUTH_URL", authUrl, "HAAT_ONDC_KNOWN_SUBSCRIBERS", BuyerIdentity.DEMO.knownSubscriberEntry(),
                "HAAT_ONDC_BPP_URI", "http://localhost:" + gatewayPort, "HAAT_ONDC_EDGE_ALLOW_LOCAL_CALLBACKS", "true",
                "HAAT_ONDC_EDGE_SUBSCRIBER_URLS", BuyerIdentity.DEMO.subscriberId() + "|http://localhost"));
        gateway = new ServiceProcess("ondc-gateway-service", DATABASES[4], gatewayPort, gatewayEnv);
        // All at once (none needs another to start: a service whose auth-service is not up yet is still ready), each
        // with minutes of patience and a second chance: on a busy two-core machine a JVM starting beside four others
        // can time out on its first database connection and exit; it is then started again while the others carry on.
        try {
            List<ServiceProcess> all = List.of(auth, catalogue, inventory, order, gateway);
            for (ServiceProcess service : all) {
                service.launch();
            }
            for (ServiceProcess service : all) {
                awaitPatiently(service);
            }
        } catch (Exception e) {
            close();
            throw e;
        }
        partner = Partners.register(auth, "sellers:read", "sellers:write", "catalogue:read", "catalogue:write",
                "inventory:read", "inventory:write", "orders:read", "orders:write");
        sellerId = given().baseUri(catalogue.url()).header("Authorization", partner.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Asha Stores", "categories", List.of("F&B", "Grocery"), "fssai_number", "12319678901234",
                        "legal_entity_name", "Asha Stores Private Limited", "incorporation_type", "PRLC",
                        "gst_number", "24AAACC1206D1ZM", "pan_number", "AAACC1206D", "contact_email", "asha@example.in",
                        "bank_account", Map.of("account_number", "6312763481", "ifsc_code", "KKBK0000187")))
                .post("/api/sellers").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /**
     * Consumer groups of this run's own for a service's incoming channels (channel to topic), so services that other
     * e2e tests (or a ./haat up) run under the default groups neither take these services' events nor lose theirs.
     */
    private Map<String, String> groupsOfTheirOwn(String service, Map<String, String> topicsByChannel) {
        Map<String, String> env = new HashMap<>();
        topicsByChannel.forEach((channel, topic) -> {
            String group = service + "-" + channel + "-e2e-" + run;
            env.put("MP_MESSAGING_INCOMING_" + channel.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_GROUP_ID", group);
            topicsByGroup.put(group, topic);
        });
        return env;
    }

    private ServiceProcess startOrderService() throws Exception {
        return awaitPatiently(new ServiceProcess("order-service", DATABASES[3], orderPort, orderEnv).launch());
    }

    /** Waits until a launched service is ready; if it exits while starting, starts it once more. */
    private static ServiceProcess awaitPatiently(ServiceProcess service) throws Exception {
        try {
            return service.awaitReady(STARTUP);
        } catch (ServiceProcess.ExitedWhileStarting e) {
            return service.launch().awaitReady(STARTUP);
        }
    }

    /**
     * Waits until nothing of the order path is in flight: order-service's and the gateway's consumer groups have read
     * their topics to the end, neither service has an unsent outbox row, and the gateway has no callback left to
     * deliver. Whatever the suite would still send a buyer app has then been sent.
     */
    void awaitSettled() throws Exception {
        try (Admin admin = ConsumerGroups.admin()) {
            try {
                await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> unsettled(admin).isEmpty());
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("the order path did not settle within " + PATIENCE + ": " + unsettled(admin), e);
            }
        }
    }

    /** What is still in flight on the order path (empty when settled), each item saying where. */
    private List<String> unsettled(Admin admin) throws Exception {
        List<String> left = new java.util.ArrayList<>();
        long orderOutbox = count(DATABASES[3], "select count(*) from outbox_event where sent_at is null");
        long gatewayOutbox = count(DATABASES[4], "select count(*) from outbox_event where sent_at is null");
        long callbacks = count(DATABASES[4], "select count(*) from ondc_callback where delivered_at is null and gave_up_at is null");
        if (orderOutbox > 0) {
            left.add(orderOutbox + " unsent outbox row(s) in order-service");
        }
        if (gatewayOutbox > 0) {
            left.add(gatewayOutbox + " unsent outbox row(s) in the gateway");
        }
        if (callbacks > 0) {
            left.add(callbacks + " undelivered callback(s): " + rows(DATABASES[4],
                    "select action || ' ' || transaction_id || ' attempts ' || attempts || ' next ' || next_attempt_at || ' to ' || url from ondc_callback"
                            + " where delivered_at is null and gave_up_at is null limit 5"));
        }
        left.addAll(ConsumerGroups.lagging(admin, topicsByGroup.keySet().stream()
                .filter(group -> group.startsWith("order-service-") || group.startsWith("ondc-gateway-service-")).toList()));
        return left;
    }

    private static List<String> rows(String database, String sql) {
        List<String> found = new java.util.ArrayList<>();
        try (java.sql.Connection connection = LocalInfra.connect(database);
                java.sql.ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            found.add("(" + e.getMessage() + ")");
        }
        return found;
    }

    private static long count(String database, String sql) throws java.sql.SQLException {
        try (java.sql.Connection connection = LocalInfra.connect(database);
                java.sql.ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A service's database by its short name (auth, catalogue, inventory, order, gateway), as the fault checks name them. */
    String database(String service) {
        return DATABASES[List.of("auth", "catalogue", "inventory", "order", "gateway").indexOf(service)];
    }

    /** auth-service's database, where it records the sellers it learnt ({@code seller_directory}). */
    String authDatabase() {
        return DATABASES[0];
    }

    ServiceProcess order() {
        return order;
    }

    /** Kills order-service without a shutdown (a crash), and answers at once. */
    void crashOrderService() throws InterruptedException {
        order.crash();
    }

    /** Starts order-service again, on the same port and database. */
    void restartOrderService() throws Exception {
        order = startOrderService();
    }

    String orderUrl() {
        return "http://localhost:" + orderPort;
    }

    SellerApi sellerApi() {
        return new SellerApi(orderUrl(), partner.bearer());
    }

    BuyerApp buyerApp() throws Exception {
        return new BuyerApp(BuyerIdentity.DEMO, gateway.url(), 0);
    }

    /**
     * A storefront of its own (Bengaluru, around the buyer) with one item named {@code itemName} priced 55.00 and
     * {@code stock} on hand, once the gateway's /search finds it in stock.
     */
    Shop shop(String itemName, int stock) throws Exception {
        return shop(itemName, stock, false);
    }

    /** The same, the item returnable within 7 days of delivery when {@code returnable}. */
    Shop shop(String itemName, int stock, boolean returnable) throws Exception {
        String storefrontId = given().baseUri(catalogue.url()).header("Authorization", partner.bearer()).contentType(ContentType.JSON)
                .body(storefront()).post("/api/storefronts").then().log().ifValidationFails().statusCode(201).extract().path("storefront_id");
        String itemId = UUID.randomUUID().toString();
        given().baseUri(catalogue.url()).header("Authorization", partner.bearer()).contentType(ContentType.JSON)
                .body(List.of(item(itemId, itemName, returnable))).put("/api/storefronts/" + storefrontId + "/catalogue")
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(202)));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> given().baseUri(inventory.url())
                .header("Authorization", partner.bearer()).contentType(ContentType.JSON).body(Map.of("quantity", stock))
                .put("/api/storefronts/" + storefrontId + "/catalogue/" + itemId + "/inventory").statusCode() == 200);
        Shop shop = new Shop(storefrontId, itemId, itemName);
        try (BuyerApp buyer = buyerApp()) {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> searchable(buyer, shop));
        }
        return shop;
    }

    /** Whether a /search for the item finds it in stock at the shop. */
    private static boolean searchable(BuyerApp buyer, Shop shop) throws InterruptedException {
        Transaction transaction = buyer.transaction();
        Sent sent = buyer.send(transaction, "search", OrderMessages.search(shop.itemName()));
        if (!sent.acked()) {
            return false;
        }
        Optional<CheckedCallback> onSearch = buyer.awaitReply(transaction, sent, Duration.ofSeconds(10));
        if (onSearch.isEmpty()) {
            return false;
        }
        for (JsonNode provider : onSearch.get().callback().body().path("message").path("catalog").path("bpp/providers")) {
            if (provider.path("id").asText().equals(shop.storefrontId())) {
                for (JsonNode item : provider.path("items")) {
                    if (item.path("id").asText().equals(shop.itemId()) && !"0".equals(item.path("quantity").path("available").path("count").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The item's stock as inventory-service reports it (on_hand, held, committed, available). */
    JsonNode stock(Shop shop) throws Exception {
        return BuyerApp.JSON.readTree(given().baseUri(inventory.url()).header("Authorization", partner.bearer())
                .get("/api/storefronts/" + shop.storefrontId() + "/catalogue/" + shop.itemId() + "/inventory")
                .then().statusCode(200).extract().asString());
    }

    private Map<String, Object> storefront() {
        Map<String, Object> day = Map.of("opening", "00:00:00", "closing", "23:59:59");
        Map<String, Object> hours = new HashMap<>();
        for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            hours.put(d, List.of(day));
        }
        return Map.of("seller_id", sellerId, "name", "Asha Stores " + UUID.randomUUID().toString().substring(0, 6),
                "categories", List.of("F&B"),
                "pickup_details", Map.of("pickup_name", "Asha Stores", "email", "asha@example.in", "pickup_phone", "+919654198036",
                        "pickup_pincode", "560038", "pickup_address", "12, 100 Feet Road, Indiranagar", "pickup_city", "Bengaluru",
                        "pickup_state", "Karnataka", "pickup_country", "India", "pickup_lat", 12.9719, "pickup_long", 77.6412),
                "serviceability", Map.of("radius", 10),
                "billing_details", Map.of(
                        "legal_details", Map.of("incorporation_name", "Asha Stores Private Limited", "incorporation_type", "PRLC",
                                "gstin", "24AAACC1206D1ZM", "pan", "AAACC1206D"),
                        "registered_address", Map.of("address_line_1", "12, 100 Feet Road, Indiranagar", "pincode", 560038,
                                "city", "Bengaluru", "state", "Karnataka"),
                        "contact_detail", Map.of("phone", "+919654198036", "email", "billing@example.in"),
                        "bank_account", Map.of("account_number", "12482883913", "ifsc_code", "HDFC0010920")),
                "business_hours", hours, "policies", Map.of("accept_orders_outside_business_hours", true), "fulfilment", "SELF_SHIP");
    }

    private static Map<String, Object> item(String id, String name, boolean returnable) {
        Map<String, Object> policies = new HashMap<>(Map.of("returnable", returnable, "cancellable", true, "cod_availability", true,
                "time_to_ship", Map.of("days", 0, "hours", 1, "seconds", 0), "max_sale_quantity", 10, "min_sale_quantity", 1));
        if (returnable) {
            policies.put("return_window", 7);
        }
        return Map.of("catalogue_item_id", id, "sub_categories", List.of("F&B"),
                "catalogue_item_details", Map.of("name", name, "symbol", "https://cdn.example.in/item.png",
                        "short_description", "Fresh from the tawa", "long_description", "Made to order in our Indiranagar kitchen",
                        "images", List.of("https://cdn.example.in/item-1.png"),
                        "subcategory_specific_requirements", Map.of("food_beverages", Map.of("is_vegetarian", true)),
                        "price", Map.of("is_selling_price_exclusive_of_gst", true, "max_retail_price", 60, "selling_price", 55,
                                "sgst_tax_rate", 2.5, "cgst_tax_rate", 2.5, "total_tax_rate", 5)),
                "inventory", Map.of("unit_denomination", "GM", "unit_value", 250, "quantity", 0),
                "item_policies", policies);
    }

    /** Stops all five at once (each is given its graceful shutdown). */
    @Override
    public void close() throws Exception {
        List<ServiceProcess> services = java.util.stream.Stream.of(gateway, order, inventory, catalogue, auth)
                .filter(java.util.Objects::nonNull).toList();
        services.forEach(ServiceProcess::stop);
        for (ServiceProcess service : services) {
            service.close();
        }
    }
}
