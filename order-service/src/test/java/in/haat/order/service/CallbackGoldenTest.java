package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.FulfilmentState;
import in.haat.order.OrderState;
import in.haat.order.config.OrderConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orders our callbacks carry, for fixed carts, shops and times, are the JSON in {@code golden/} (field order
 * aside; numbers, text and absent fields exactly): /on_select, /on_init and /on_confirm (retail 1.2.0 and 1.2.5, a shop
 * with a bank account and one without), /on_status after pick-up and delivery, /on_cancel, a refusal's echo and the
 * quote as the buyer app gets it. The files were written by main's tree-building code before the move to the typed
 * records ({@code -Dgolden.write=<dir>} writes them again).
 */
class CallbackGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CREATED = Instant.parse("2026-12-02T10:00:00.000Z");
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:05.250Z");
    private static final UUID ATTA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID OIL = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private final OrderConfig config = new SmallRyeConfigBuilder().withMapping(OrderConfig.class).build()
            .unwrap(SmallRyeConfig.class).getConfigMapping(OrderConfig.class);
    private final OndcOrders ondc = new OndcOrders(config, new OndcTerms(config));

    @ParameterizedTest
    @ValueSource(strings = {"bank-1.2.0", "bank-1.2.5", "upi-1.2.0", "upi-1.2.5"})
    void theCallbacksOfOneOrderAreAsMainBuiltThem(String scenario) throws IOException {
        boolean bank = scenario.startsWith("bank");
        String version = scenario.substring(scenario.indexOf('-') + 1);
        Catalogue.Storefront shop = bank ? shop("""
                {'name': 'Haat Kirana', 'status': 'LIVE', 'serviceability': {'radius': 10},
                 'pickup_details': {'pickup_address': '12, 4th Cross', 'pickup_city': 'Bengaluru', 'pickup_pincode': 560001,
                   'pickup_state': 'Karnataka', 'pickup_phone': '+91 98860 12345', 'email': 'shop@haat.in',
                   'pickup_lat': 12.9716, 'pickup_long': 77.5946},
                 'billing_details': {'bank_account': {'account_number': '50100012345678', 'ifsc_code': 'HDFC0001234'},
                   'legal_details': {'pan': 'AAACH1234M', 'incorporation_name': 'Haat Kirana Pvt Ltd'}}}""")
                : shop("{'name': 'Corner Store', 'pickup_details': {'pickup_city': 'Mysuru'}}");
        Map<UUID, Catalogue.Item> items = new LinkedHashMap<>();
        items.put(ATTA, item(ATTA, "Atta 5kg", "'selling_price': 110, 'is_selling_price_exclusive_of_gst': true, 'total_tax_rate': 18", 5));
        items.put(OIL, item(OIL, "Oil 1l", "'selling_price': '149.50', 'max_retail_price': 160", 1));
        ObjectNode cart = cart(shop, 2, 2);
        List<Quote.Asked> asked = List.of(new Quote.Asked(ATTA.toString(), 2), new Quote.Asked(OIL.toString(), 2));
        Quote.Terms terms = new Quote.Terms(config.deliveryCharge(), new BigDecimal("7.5"), config.deliveryTime(), config.quoteTtl());
        Quote offered = Quote.of(shop, items, asked, "12.9716,77.5946", "560001", terms);
        check(scenario, "on_select", ondc.onSelect(shop, offered, asked));
        check(scenario, "on_select_echo", OndcOrders.echo(cart));

        Quote quote = Quote.of(shop, items, asked, "12.9716,77.5946", "560001", terms, false);
        ObjectNode init = initOrder(cart);
        ObjectNode onInit = ondc.onInit(shop, quote, init, version);
        check(scenario, "on_init", onInit);
        check(scenario, "on_init_for_buyer", Callbacks.forBuyer("on_init", JSON.createObjectNode().set("order", onInit)));

        ObjectNode confirm = confirmOrder(onInit);
        ObjectNode onConfirm = ondc.onConfirm(shop, onInit, confirm, OrderState.CREATED, CREATED, NOW, onInit.get("quote"));
        check(scenario, "on_confirm", onConfirm);

        ObjectNode accepted = ondc.withState(onConfirm, OrderState.ACCEPTED, FulfilmentState.PACKED, NOW.plusSeconds(60), null, version);
        check(scenario, "on_status_packed", accepted);
        ObjectNode pickedUp = ondc.withState(accepted, OrderState.IN_PROGRESS, FulfilmentState.ORDER_PICKED_UP, NOW.plusSeconds(120),
                "http://localhost:8084/ondc/invoices/O-1/t0k3n", version);
        check(scenario, "on_status_picked_up", pickedUp);
        check(scenario, "on_status_delivered", ondc.withState(pickedUp, OrderState.COMPLETED, FulfilmentState.ORDER_DELIVERED,
                NOW.plusSeconds(180), "http://localhost:8084/ondc/invoices/O-1/t0k3n", version));

        ObjectNode cancelled = ondc.withState(accepted, OrderState.CANCELLED, FulfilmentState.CANCELLED, NOW.plusSeconds(90), null, version);
        check(scenario, "on_cancel", Cancellation.of(cancelled, "002", "haat.localhost", FulfilmentState.PACKED, "2026-12-02T10:01:05.250Z"));
        check(scenario, "on_cancel_own_time", Cancellation.of(cancelled, "003", "buyer.test.haat", FulfilmentState.PACKED));
    }

    private static ObjectNode cart(Catalogue.Storefront shop, int atta, int oil) {
        return read("{'provider': {'id': '" + shop.id() + "', 'locations': [{'id': 'L-" + shop.id() + "'}]}, 'items': ["
                + "{'id': '" + ATTA + "', 'location_id': 'L-" + shop.id() + "', 'quantity': {'count': " + atta + "}},"
                + "{'id': '" + OIL + "', 'location_id': 'L-" + shop.id() + "', 'quantity': {'count': " + oil + "}}],"
                + "'fulfillments': [{'end': {'location': {'gps': '12.9716,77.5946', 'address': {'area_code': '560001'}}}}]}");
    }

    /** The buyer's /init: the cart with billing (and a field no record names), the delivery address and the payment. */
    private static ObjectNode initOrder(ObjectNode cart) {
        ObjectNode order = cart.deepCopy();
        order.set("billing", read("""
                {'name': 'Ravi Kumar', 'address': {'name': 'Ravi Kumar', 'building': '21, MG Road', 'locality': 'Ashok Nagar',
                 'city': 'Bengaluru', 'state': 'Karnataka', 'country': 'IND', 'area_code': '560001'}, 'email': 'ravi@example.in',
                 'phone': '9886098860', 'created_at': '2026-12-02T09:59:00.000Z', 'updated_at': '2026-12-02T09:59:00.000Z',
                 'x_loyalty': {'tier': 2}}"""));
        order.withArray("fulfillments").set(0, read("""
                {'id': '1', 'type': 'Delivery', 'end': {'location': {'gps': '12.9716,77.5946', 'address': {'name': 'Ravi Kumar',
                 'building': '21, MG Road', 'locality': 'Ashok Nagar', 'city': 'Bengaluru', 'state': 'Karnataka', 'country': 'IND',
                 'area_code': '560001'}}, 'contact': {'phone': '9886098860', 'email': 'ravi@example.in'}}}"""));
        order.set("payment", read("{'type': 'ON-ORDER', 'collected_by': 'BAP', '@ondc/org/buyer_app_finder_fee_type': 'percent',"
                + " '@ondc/org/buyer_app_finder_fee_amount': '3'}"));
        return order;
    }

    /** The buyer's /confirm: what /on_init said, with an id, a paid payment, a new delivery contact and bap_terms. */
    private static ObjectNode confirmOrder(ObjectNode onInit) {
        ObjectNode order = onInit.deepCopy();
        order.put("id", "O-1").put("state", "Created");
        ((ObjectNode) order.withArray("fulfillments").get(0)).set("end", read("""
                {'location': {'gps': '12.9716,77.5946', 'address': {'area_code': '560001', 'city': 'Bengaluru'}},
                 'person': {'name': 'Ravi Kumar'}, 'contact': {'phone': '9886098860'}}"""));
        ObjectNode payment = order.withObject("payment");
        payment.put("status", "PAID").set("params", read("{'amount': '" + onInit.at("/quote/price/value").asText()
                + "', 'currency': 'INR', 'transaction_id': 'UPI-O-1'}"));
        order.withArray("tags").add(read("{'code': 'bap_terms', 'list': [{'code': 'tax_number', 'value': '29AAACB1234C1Z5'}]}"));
        order.put("created_at", "2026-12-02T10:00:00.000Z").put("updated_at", "2026-12-02T10:00:00.000Z");
        return order;
    }

    private static void check(String scenario, String callback, JsonNode actual) throws IOException {
        String name = "golden/" + scenario + "/" + callback + ".json";
        String write = System.getProperty("golden.write");
        if (write != null) {
            Path file = Path.of(write, name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            return;
        }
        try (InputStream golden = CallbackGoldenTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(golden, name);
            assertEquals(JSON.readTree(golden), JSON.readTree(JSON.writeValueAsString(actual)), name);
        }
    }

    private static Catalogue.Storefront shop(String json) {
        return new Catalogue.Storefront(UUID.fromString("00000000-0000-0000-0000-00000000000a"), UUID.fromString(
                "00000000-0000-0000-0000-00000000000b"), null, read(json));
    }

    private static Catalogue.Item item(UUID id, String name, String price, int available) {
        return new Catalogue.Item(id, read("{'catalogue_item_details': {'name': '" + name + "', 'price': {" + price + "}},"
                + " 'item_policies': {'time_to_ship': 'PT45M', 'max_sale_quantity': 4}}"), available);
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
