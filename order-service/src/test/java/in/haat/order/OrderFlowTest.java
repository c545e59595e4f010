package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ONDC seller flow 1 through order-service, driven by the gateway's real buyer-request events and inventory-service's
 * answers: every callback it asks for is checked against ONDC's official schema, its quote arithmetic, and its blocks.
 */
@QuarkusTest
class OrderFlowTest extends OrderTestBase {

    @Test
    void selectQuotesCatalogueItemsWithTaxAndDelivery() {
        Shop shop = newShop();
        UUID atta = newItem(shop, "Atta 5kg", "110", 50);
        String txn = UUID.randomUUID().toString();
        String messageId = buyer("select", txn, JSON.createObjectNode().set("order", cart(shop, atta, 2)));

        JsonNode result = result(txn, 1);
        assertEquals("on_select", result.path("action").asText());
        assertEquals(messageId, result.path("request_message_id").asText());
        assertTrue(result.path("error").isNull() || result.path("error").isMissingNode(), result.toString());
        assertEquals(List.of(), OndcSchema.problems("on_select", callback(result)));
        JsonNode order = result.path("message").path("order");
        JsonNode quote = order.path("quote");
        assertEquals("259.60", quote.path("price").path("value").asText(), "220.00 for two, 39.60 GST at 18%, delivery 0.00");
        assertEquals(List.of("item", "tax", "delivery"), titleTypes(quote));
        assertQuoteAddsUp(quote);
        assertEquals("110.00", quote.path("breakup").path(0).path("item").path("price").path("value").asText());
        JsonNode fulfilment = order.path("fulfillments").path(0);
        assertEquals("Serviceable", fulfilment.path("state").path("descriptor").path("code").asText());
        assertEquals("PT2H", fulfilment.path("@ondc/org/TAT").asText(), "time to ship PT1H plus delivery PT1H");
        assertEquals(shop.storefrontId().toString(), order.path("provider").path("id").asText());
    }

    @Test
    void selectShortOfStockAnswers40002WithTheItems() {
        Shop shop = newShop();
        UUID scarce = newItem(shop, "Saffron 1g", "300", 1);
        UUID plenty = newItem(shop, "Salt 1kg", "20", 100);
        String txn = UUID.randomUUID().toString();
        buyer("select", txn, JSON.createObjectNode().set("order", cart(shop, scarce, 3, plenty, 1)));

        JsonNode result = result(txn, 1);
        assertEquals("DOMAIN-ERROR", result.path("error").path("type").asText());
        assertEquals("40002", result.path("error").path("code").asText());
        JsonNode shortItems = read(result.path("error").path("message").asText());
        assertEquals(1, shortItems.size());
        assertEquals(scarce.toString(), shortItems.path(0).path("item_id").asText());
        assertEquals(List.of(), OndcSchema.problems("on_select", callback(result)));
        assertEquals("1", result.path("message").path("order").path("quote").path("breakup").path(0).path("item").path("quantity")
                .path("maximum").path("count").asText());
    }

    @Test
    void selectOfAnUnknownItemOrStorefrontNamesWhatIsMissing() {
        Shop shop = newShop();
        UUID atta = newItem(shop, "Atta 5kg", "110", 50);
        UUID unknown = UUID.randomUUID();
        String txn = UUID.randomUUID().toString();
        buyer("select", txn, JSON.createObjectNode().set("order", cart(shop, atta, 1, unknown, 1)));
        JsonNode result = result(txn, 1);
        assertEquals("30004", result.path("error").path("code").asText(), result.toString());
        assertTrue(result.path("error").path("message").asText().contains(unknown.toString()), result.toString());
        assertFalse(result.path("error").path("message").asText().contains(atta.toString()), result.toString());

        // Another storefront's item is not this one's: the storefront is found, the item is not.
        Shop other = newShop();
        UUID othersItem = newItem(other, "Oil 1l", "180", 5);
        String elsewhere = UUID.randomUUID().toString();
        buyer("select", elsewhere, JSON.createObjectNode().set("order", cart(shop, othersItem, 1)));
        assertEquals("30004", result(elsewhere, 1).path("error").path("code").asText());

        String noShop = UUID.randomUUID().toString();
        buyer("select", noShop, JSON.createObjectNode().set("order",
                cart(new Shop(shop.partnerId(), shop.sellerId(), UUID.randomUUID()), atta, 1)));
        assertEquals("30001", result(noShop, 1).path("error").path("code").asText());
    }

    @Test
    void selectOutsideTheRadiusIsNotServiceable() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Rice", "60", 10);
        String txn = UUID.randomUUID().toString();
        ObjectNode cart = cart(shop, item, 1);
        ((ObjectNode) cart.path("fulfillments").path(0).path("end").path("location")).put("gps", "28.6139,77.2090");
        buyer("select", txn, JSON.createObjectNode().set("order", cart));

        JsonNode result = result(txn, 1);
        assertEquals("30009", result.path("error").path("code").asText());
        assertEquals("Non-Serviceable", result.path("message").path("order").path("fulfillments").path(0).path("state")
                .path("descriptor").path("code").asText());
        assertFalse(titleTypes(result.path("message").path("order").path("quote")).contains("delivery"));
    }

    @Test
    void anOrderGoesFromInitToDeliveryWithEveryCallback() {
        Shop shop = newShop();
        UUID atta = newItem(shop, "Atta 5kg", "110", 50);
        String txn = UUID.randomUUID().toString();
        buyer("select", txn, JSON.createObjectNode().set("order", cart(shop, atta, 2)));
        result(txn, 1);

        // /init: a hold is asked of inventory-service; /on_init goes once it is held.
        String initMessage = buyer("init", txn, JSON.createObjectNode().set("order", initOrder(shop, atta, 2)));
        JsonNode hold = stockRequest(txn, "order.stock-hold-requested", 1);
        assertEquals("PT15M", hold.path("ttl").asText());
        assertEquals(2, hold.path("items").path(0).path("quantity").asInt());
        inventoryAnswers("stock.held", hold, List.of());
        JsonNode onInit = result(txn, 2);
        assertEquals("on_init", onInit.path("action").asText());
        assertEquals(initMessage, onInit.path("request_message_id").asText());
        assertEquals(List.of(), OndcSchema.problems("on_init", callback(onInit)));
        JsonNode initOrder = onInit.path("message").path("order");
        assertEquals("259.60", initOrder.path("quote").path("price").path("value").asText());
        JsonNode settlement = initOrder.path("payment").path("@ondc/org/settlement_details").path(0);
        assertEquals("123456789012", settlement.path("settlement_bank_account_no").asText());
        assertEquals("HDFC0001234", settlement.path("settlement_ifsc_code").asText());
        assertEquals("bpp_terms", initOrder.path("tags").path(0).path("code").asText());
        // 1.2.0 has no cancellation terms (ONDC's validator refuses them there; 1.2.5 states them).
        assertFalse(initOrder.has("cancellation_terms"));
        assertFalse(initOrder.path("tags").path(0).toString().contains("accept_bap_terms"), "ONDC: not required for now");
        assertEquals("HDFC Bank", settlement.path("bank_name").asText());
        assertFalse(settlement.path("branch_name").asText().isBlank());

        // /confirm with the quote of /on_init: the hold is committed, then /on_confirm carries the order.
        ObjectNode confirm = confirmOrder("O-" + txn, initOrder);
        String confirmMessage = buyer("confirm", txn, JSON.createObjectNode().set("order", confirm));
        JsonNode commit = stockRequest(txn, "order.stock-commit-requested", 1);
        assertEquals(hold.path("reference").asText(), commit.path("reference").asText());
        inventoryAnswers("stock.committed", commit, List.of());
        JsonNode onConfirm = result(txn, 3);
        assertEquals("on_confirm", onConfirm.path("action").asText());
        assertEquals(confirmMessage, onConfirm.path("request_message_id").asText());
        assertEquals(List.of(), OndcSchema.problems("on_confirm", callback(onConfirm)));
        JsonNode order = onConfirm.path("message").path("order");
        assertEquals("O-" + txn, order.path("id").asText());
        assertEquals("Created", order.path("state").asText());
        for (String block : List.of("provider", "items", "billing", "fulfillments", "quote", "payment", "tags",
                "created_at", "updated_at")) {
            assertTrue(order.has(block), "on_confirm has " + block);
        }
        assertFalse(order.has("cancellation_terms"), "not in 1.2.0");
        JsonNode fulfilment = order.path("fulfillments").path(0);
        // What ONDC's validator taught: the delivery window and the routing tag from /on_confirm on.
        assertTrue(fulfilment.path("end").path("time").path("range").has("start"));
        assertTrue(fulfilment.path("end").path("time").path("range").has("end"));
        assertEquals("routing", fulfilment.path("tags").path(0).path("code").asText());
        assertEquals("P2P", fulfilment.path("tags").path(0).path("list").path(0).path("value").asText());
        assertEquals("Pending", fulfilment.path("state").path("descriptor").path("code").asText());
        assertEquals("12.971600,77.594600", fulfilment.path("start").path("location").path("gps").asText());
        assertEquals("9654198036", fulfilment.path("start").path("contact").path("phone").asText());
        assertEquals(BUYER_GPS, fulfilment.path("end").path("location").path("gps").asText());
        List<String> tags = new java.util.ArrayList<>();
        order.path("tags").forEach(tag -> tags.add(tag.path("code").asText()));
        assertEquals(List.of("bpp_terms", "bap_terms"), tags);
        assertEquals("txn-pay-1", order.path("payment").path("params").path("transaction_id").asText());
        assertEquals("PAID", order.path("payment").path("status").asText());
        assertQuoteAddsUp(order.path("quote"));

        // A second /confirm of the same order changes nothing: no second commit, the order answered as it stands.
        buyer("confirm", txn, JSON.createObjectNode().set("order", confirm));
        JsonNode again = result(txn, 4);
        assertEquals("O-" + txn, again.path("message").path("order").path("id").asText());
        assertEquals(1, published("haat.order.events", hold.path("reference").asText(), "order.stock-commit-requested").size());
        assertEquals(1, count("select count(*) from seller_order where transaction_id = $1", txn));

        // The seller moves it on; each step is an unsolicited /on_status, the invoice from pick-up on.
        String orderId = "O-" + txn;
        String token = shop.token("orders:read", "orders:write");
        given().header("Authorization", token).get("/api/orders/" + orderId).then().statusCode(200)
                .body("state", equalTo("Created")).body("fulfilment_state", equalTo("Pending"))
                .body("transaction_id", equalTo(txn)).body("storefront_id", equalTo(shop.storefrontId().toString()));
        given().header("Authorization", token).post("/api/orders/" + orderId + "/pack").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        String[][] steps = {
                {"accept", "Accepted", "Pending"}, {"pack", "In-progress", "Packed"}, {"ready-to-ship", "In-progress", "Agent-assigned"},
                {"ship", "In-progress", "Order-picked-up"}, {"out-for-delivery", "In-progress", "Out-for-delivery"},
                {"deliver", "Completed", "Order-delivered"}};
        int n = 4;
        for (String[] step : steps) {
            given().header("Authorization", token).post("/api/orders/" + orderId + "/" + step[0]).then().statusCode(200)
                    .body("state", equalTo(step[1])).body("fulfilment_state", equalTo(step[2]));
            JsonNode status = result(txn, ++n);
            assertEquals("on_status", status.path("action").asText());
            assertTrue(status.path("request_message_id").isNull(), "unsolicited");
            assertEquals(List.of(), OndcSchema.problems("on_status", callback(status)), step[0]);
            JsonNode o = status.path("message").path("order");
            assertEquals(step[1], o.path("state").asText());
            assertEquals(step[2], o.path("fulfillments").path(0).path("state").path("descriptor").path("code").asText());
            boolean invoiced = List.of("ship", "out-for-delivery", "deliver").contains(step[0]);
            assertEquals(invoiced, o.has("documents"), step[0] + " documents");
            if (invoiced) {
                assertEquals("Invoice", o.path("documents").path(0).path("label").asText());
                String url = o.path("documents").path(0).path("url").asText();
                given().get(url.substring(url.indexOf("/ondc/invoices/"))).then().statusCode(200).contentType("application/pdf");
            }
            given().header("Authorization", token).post("/api/orders/" + orderId + "/" + step[0]).then().statusCode(409);
        }
        given().header("Authorization", token).get("/api/orders/" + orderId).then().statusCode(200)
                .body("history.state", contains("Created", "Accepted", "In-progress", "In-progress", "In-progress", "In-progress", "Completed"))
                .body("history.fulfilment_state", hasSize(7));
        List<JsonNode> changes = published("haat.order.events", orderId, "order.state-changed");
        assertEquals(6, changes.size());
        assertEquals(1, published("haat.order.events", orderId, "order.created").size());
        assertEquals(1, published("haat.order.events", "order." + orderId, "order.stock-ship-requested").size());

        // /status and /track answer from the order as it stands.
        String statusMessage = buyer("status", txn, JSON.createObjectNode().put("order_id", orderId));
        JsonNode onStatus = result(txn, ++n);
        assertEquals(statusMessage, onStatus.path("request_message_id").asText());
        assertEquals("Completed", onStatus.path("message").path("order").path("state").asText());
        assertEquals(List.of(), OndcSchema.problems("on_status", callback(onStatus)));
        buyer("track", txn, JSON.createObjectNode().put("order_id", orderId));
        JsonNode onTrack = result(txn, ++n);
        assertEquals("on_track", onTrack.path("action").asText());
        assertEquals(List.of(), OndcSchema.problems("on_track", callback(onTrack)));
    }

    @Test
    void aConfirmWithAnotherQuoteIsRefusedAndNothingIsCommitted() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Dal 1kg", "150", 20);
        String txn = UUID.randomUUID().toString();
        buyer("init", txn, JSON.createObjectNode().set("order", initOrder(shop, item, 1)));
        inventoryAnswers("stock.held", stockRequest(txn, "order.stock-hold-requested", 1), List.of());
        JsonNode initOrder = result(txn, 1).path("message").path("order");
        ObjectNode confirm = confirmOrder("O-" + txn, initOrder);
        ((ObjectNode) confirm.path("quote").path("price")).put("value", "1.00");
        buyer("confirm", txn, JSON.createObjectNode().set("order", confirm));

        JsonNode result = result(txn, 2);
        assertEquals("on_confirm", result.path("action").asText());
        assertEquals("30000", result.path("error").path("code").asText());
        assertEquals(0, count("select count(*) from seller_order where transaction_id = $1", txn));
        assertEquals(0, count("select count(*) from outbox_event where event_type = 'order.stock-commit-requested' "
                + "and envelope::jsonb->'payload'->>'transaction_id' = $1", txn));
    }

    @Test
    void outOfStockAtInitAndConfirmAnswers40002AndMakesNoOrder() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Ghee 1l", "600", 5);
        String txn = UUID.randomUUID().toString();
        buyer("init", txn, JSON.createObjectNode().set("order", initOrder(shop, item, 1)));
        JsonNode hold = stockRequest(txn, "order.stock-hold-requested", 1);
        inventoryAnswers("stock.hold-refused", hold, List.of(Map.of("catalogue_item_id", item.toString(), "available", 0)));
        JsonNode onInit = result(txn, 1);
        assertEquals("40002", onInit.path("error").path("code").asText());
        assertEquals(item.toString(), read(onInit.path("error").path("message").asText()).path(0).path("item_id").asText());

        // The buyer confirms anyway: inventory-service tries once more at commit, and refuses.
        buyer("confirm", txn, JSON.createObjectNode().set("order", confirmOrder("O-" + txn, onInit.path("message").path("order"))));
        JsonNode commit = stockRequest(txn, "order.stock-commit-requested", 1);
        inventoryAnswers("stock.commit-refused", commit, List.of(Map.of("catalogue_item_id", item.toString(), "available", 0)));
        JsonNode onConfirm = result(txn, 2);
        assertEquals("40002", onConfirm.path("error").path("code").asText());
        assertEquals("Cancelled", onConfirm.path("message").path("order").path("state").asText());
        assertEquals(0, count("select count(*) from seller_order where transaction_id = $1", txn));
    }

    @Test
    void theCataloguesOwnTaxValueIsQuotedAndAHolidayClosesTheStore() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Biscuits", "10.50", 20, Map.of("taxable_value", 10.50, "tax_value", 1.89));
        String txn = UUID.randomUUID().toString();
        buyer("select", txn, JSON.createObjectNode().set("order", cart(shop, item, 3)));
        JsonNode quote = result(txn, 1).path("message").path("order").path("quote");
        assertEquals("5.67", quote.path("breakup").path(1).path("price").path("value").asText(), "3 x 1.89");
        assertEquals("37.17", quote.path("price").path("value").asText());

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        publishStorefront(shop, Map.of("holidays", List.of(today), "domains", List.of("ONDC:RET10"), "city_code", "std:080"));
        await().atMost(EVENTUAL).until(() -> count("select count(*) from catalogue_storefront where storefront_id = $1 "
                + "and document->'holidays' ? $2", shop.storefrontId(), today) == 1);
        String closed = UUID.randomUUID().toString();
        buyer("select", closed, JSON.createObjectNode().set("order", cart(shop, item, 1)));
        assertEquals("30017", result(closed, 1).path("error").path("code").asText());
    }

    @Test
    void statusOfAnUnknownOrderIs30018() {
        String txn = UUID.randomUUID().toString();
        buyer("status", txn, JSON.createObjectNode().put("order_id", "no-such-order"));
        assertEquals("30018", result(txn, 1).path("error").path("code").asText());
    }

    // ---- helpers

    static ObjectNode initOrder(Shop shop, UUID item, int count) {
        ObjectNode order = cart(shop, item, count);
        ObjectNode billing = order.putObject("billing");
        billing.put("name", "Meera Rao");
        billing.putObject("address").put("name", "Meera Rao").put("building", "4B").put("locality", "Indiranagar")
                .put("city", "Bengaluru").put("state", "Karnataka").put("country", "IND").put("area_code", "560038");
        billing.put("email", "meera@example.in");
        billing.put("phone", "9886098860");
        String now = Instant.now().minusSeconds(5).toString();
        billing.put("created_at", now);
        billing.put("updated_at", now);
        ObjectNode fulfilment = (ObjectNode) order.path("fulfillments").path(0);
        fulfilment.put("id", "1");
        fulfilment.put("type", "Delivery");
        ObjectNode end = (ObjectNode) fulfilment.path("end");
        ((ObjectNode) end.path("location").path("address")).put("name", "Meera Rao").put("building", "4B").put("locality", "Indiranagar")
                .put("city", "Bengaluru").put("state", "Karnataka").put("country", "IND");
        end.putObject("contact").put("phone", "9886098860").put("email", "meera@example.in");
        return order;
    }

    static ObjectNode confirmOrder(String orderId, JsonNode onInitOrder) {
        ObjectNode order = onInitOrder.deepCopy();
        order.put("id", orderId);
        order.put("state", "Created");
        order.remove("cancellation_terms");
        ObjectNode payment = (ObjectNode) order.path("payment");
        payment.putObject("params").put("amount", onInitOrder.path("quote").path("price").path("value").asText())
                .put("currency", "INR").put("transaction_id", "txn-pay-1");
        payment.put("status", "PAID");
        order.putArray("tags").addObject().put("code", "bap_terms").putArray("list").addObject().put("code", "tax_number")
                .put("value", "29XYZAB1234C1Z8");
        String now = Instant.now().toString();
        order.put("created_at", now);
        order.put("updated_at", now);
        return order;
    }

    static List<String> titleTypes(JsonNode quote) {
        return quote.path("breakup").findValuesAsText("@ondc/org/title_type");
    }

    static void assertQuoteAddsUp(JsonNode quote) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : quote.path("breakup")) {
            sum = sum.add(new BigDecimal(line.path("price").path("value").asText()));
        }
        assertEquals(0, sum.compareTo(new BigDecimal(quote.path("price").path("value").asText())), quote.toString());
    }
}
