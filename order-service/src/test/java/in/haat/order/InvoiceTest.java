package in.haat.order;

import static in.haat.order.PrintedPdf.text;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * GST tax invoices through the seller's REST API and real consumers: issued at pick-up with the seller's series number,
 * GSTIN, place of supply, HSN and CGST + SGST or IGST, adding up to the quote to the paisa; the same as JSON and as a
 * PDF read back; at the buyer app's tokenised URL; and a series that stays gapless under parallel pick-ups.
 */
@QuarkusTest
class InvoiceTest extends DocumentTestBase {

    private static final String[] TO_PICK_UP = {"accept", "pack", "ready-to-ship", "ship"};

    @Test
    void anInvoiceIsIssuedAtPickUpWithinAStateAsCgstAndSgst() {
        Shop shop = newShop();
        Confirmed o = confirmed(shop, hsnItem(shop, false), "1.2.5", 3);
        moveOn(o, "accept", "pack");
        given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/invoice").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        moveOn(o, "ready-to-ship", "ship");

        JsonNode invoice = invoice(o);
        String fy = in.haat.order.service.FinancialYear.of(Instant.now()).label();
        assertEquals("TAX_INVOICE", invoice.path("type").asText());
        assertEquals("INV/" + fy.substring(2) + "/000001", invoice.path("number").asText(), "the new seller's first invoice of the year");
        assertEquals(fy, invoice.path("financial_year").asText());
        assertEquals(o.orderId(), invoice.path("order_id").asText());
        assertEquals("Asha Stores Pvt Ltd", invoice.path("seller").path("name").asText());
        assertEquals("29AAACC1206D1ZM", invoice.path("seller").path("gstin").asText());
        assertEquals("12 MG Road, Bengaluru, 560001", invoice.path("seller").path("address").asText());
        assertEquals("Meera Rao", invoice.path("buyer").path("name").asText());
        assertEquals("Karnataka", invoice.path("place_of_supply").path("state").asText());
        assertEquals("29", invoice.path("place_of_supply").path("state_code").asText());
        assertEquals(false, invoice.path("inter_state").asBoolean());
        JsonNode line = invoice.path("lines").path(0);
        assertEquals(1, invoice.path("lines").size(), "one item; delivery is 0.00");
        assertEquals(List.of("item", "Atta 5kg", o.item().toString(), HSN, "3", "330.00", "18", "29.70", "29.70", "0.00", "389.40"),
                List.of(line.path("kind").asText(), line.path("description").asText(), line.path("item_id").asText(), line.path("hsn_code").asText(),
                        line.path("quantity").asText(), line.path("taxable_value").asText(), line.path("gst_rate").asText(), line.path("cgst").asText(),
                        line.path("sgst").asText(), line.path("igst").asText(), line.path("total").asText()));
        JsonNode totals = invoice.path("totals");
        assertEquals(List.of("330.00", "29.70", "29.70", "0.00", "389.40"), List.of(totals.path("taxable_value").asText(), totals.path("cgst").asText(),
                totals.path("sgst").asText(), totals.path("igst").asText(), totals.path("total").asText()));
        JsonNode quote = order(o).path("quote");
        assertEquals(quote.path("price").path("value").asText(), totals.path("total").asText(), "the invoice adds up to the quote");
        assertEquals("330.00", quote.path("breakup").path(0).path("price").path("value").asText());
        assertEquals("59.40", quote.path("breakup").path(1).path("price").path("value").asText());

        byte[] pdf = given().header("Authorization", o.token()).accept("application/pdf").get("/api/orders/" + o.orderId() + "/invoice")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        for (String expected : List.of("TAX INVOICE", invoice.path("number").asText(), "GSTIN: 29AAACC1206D1ZM", "Asha Stores Pvt Ltd", "Meera Rao",
                "Place of supply: Karnataka (29)", "CGST + SGST", HSN, "330.00", "29.70", "389.40", "Amount payable: INR 389.40", o.orderId())) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }

        // The buyer app's URL from /on_status: the PDF by default, the JSON on request; a wrong token is 404.
        JsonNode onStatus = result(o.txn(), o.results() + TO_PICK_UP.length);
        String url = onStatus.path("message").path("order").path("documents").path(0).path("url").asText();
        String path = url.substring(url.indexOf("/ondc/invoices/"));
        assertEquals(text, text(given().get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray()));
        given().accept("application/json").get(path).then().statusCode(200).body("number", equalTo(invoice.path("number").asText()))
                .body("totals.total", equalTo("389.40"));
        given().get(path.substring(0, path.lastIndexOf('/')) + "/not-the-token").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));

        // Further moves do not issue another.
        moveOn(o, "out-for-delivery", "deliver");
        assertEquals(1, count("select count(*) from tax_document where order_id = $1", o.orderId()));
        // Another tenant sees no invoice, as it sees no order.
        given().header("Authorization", newShop().token("orders:read")).get("/api/orders/" + o.orderId() + "/invoice").then().statusCode(404);
    }

    @Test
    void acrossStatesAnInclusivePriceIsSplitAndTaxedAsIgst() {
        // The seller is registered in Maharashtra (GSTIN 27...); its store and the buyer are in Karnataka.
        Shop shop = new Shop("partner-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        publishStorefront(shop, Map.of("billing_details", Map.of(
                "legal_details", Map.of("incorporation_name", "Asha Traders LLP", "gstin", "27AAACC1206D1ZM", "pan", "AAACC1206D"),
                "registered_address", Map.of("address_line_1", "5 Linking Road", "city", "Mumbai", "state", "Maharashtra", "pincode", 400050),
                "bank_account", Map.of("account_number", "123456789012", "ifsc_code", "HDFC0001234"))));
        await().atMost(EVENTUAL).until(() -> count("select count(*) from catalogue_storefront where storefront_id = $1", shop.storefrontId()) == 1);
        Confirmed o = confirmed(shop, hsnItem(shop, true), "1.2.0", 3);
        moveOn(o, TO_PICK_UP);

        JsonNode invoice = invoice(o);
        assertEquals("Asha Traders LLP", invoice.path("seller").path("name").asText());
        assertEquals("5 Linking Road, Mumbai, 400050", invoice.path("seller").path("address").asText());
        assertEquals("27", invoice.path("seller").path("state_code").asText());
        assertEquals("29", invoice.path("place_of_supply").path("state_code").asText());
        assertEquals(true, invoice.path("inter_state").asBoolean());
        JsonNode line = invoice.path("lines").path(0);
        // 330.00 inclusive of 18%: taxable 330 x 100 / 118 = 279.66 (half up), IGST the rest, 50.34.
        assertEquals(List.of("279.66", "0.00", "0.00", "50.34", "330.00"), List.of(line.path("taxable_value").asText(), line.path("cgst").asText(),
                line.path("sgst").asText(), line.path("igst").asText(), line.path("total").asText()));
        assertEquals(order(o).path("quote").path("price").path("value").asText(), invoice.path("totals").path("total").asText());
        assertEquals("330.00", invoice.path("totals").path("total").asText());
        String text = text(given().header("Authorization", o.token()).accept("application/pdf").get("/api/orders/" + o.orderId() + "/invoice")
                .then().statusCode(200).extract().asByteArray());
        for (String expected : List.of("GSTIN: 27AAACC1206D1ZM", "State: Maharashtra (27)", "Inter-state supply: IGST", "IGST", "279.66", "50.34", "330.00")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void aPartCancelBeforePickUpIsInTheInvoiceWithoutACreditNote() {
        Shop shop = newShop();
        Confirmed o = confirmed(shop, hsnItem(shop, false), "1.2.5", 3);
        moveOn(o, "accept", "pack");
        given().header("Authorization", o.token()).contentType("application/json")
                .body("{\"reason_code\": \"002\", \"items\": [{\"item_id\": \"" + o.item() + "\", \"quantity\": 1}]}")
                .post("/api/orders/" + o.orderId() + "/part-cancel").then().statusCode(200).body("total", equalTo("259.60"));
        moveOn(o, "ready-to-ship", "ship");
        JsonNode line = invoice(o).path("lines").path(0);
        assertEquals(List.of("2", "220.00", "19.80", "19.80", "259.60"), List.of(line.path("quantity").asText(), line.path("taxable_value").asText(),
                line.path("cgst").asText(), line.path("sgst").asText(), line.path("total").asText()));
        assertEquals("259.60", invoice(o).path("totals").path("total").asText());
        given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/credit-notes").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void parallelPickUpsTakeTheSellersNumbersOneToTwentyWithoutAGapOrARepeat() throws Exception {
        Shop shop = newShop();
        UUID item = hsnItem(shop, false);
        List<Confirmed> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Confirmed o = confirmed(shop, item, "1.2.5", 1);
            moveOn(o, "accept", "pack", "ready-to-ship");
            orders.add(o);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Confirmed o : orders) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().header("Authorization", o.token()).post("/api/orders/" + o.orderId() + "/ship").then().extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> seqs = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (Row row : database.preparedQuery("select seq, number from tax_document where seller_id = $1 and kind = 'INV' order by seq")
                .execute(Tuple.of(shop.sellerId())).await().indefinitely()) {
            seqs.add(row.getInteger("seq"));
            numbers.add(row.getString("number"));
        }
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), seqs);
        assertEquals(20, numbers.stream().distinct().count());
        assertEquals(20, database.preparedQuery("select last_number from document_series where seller_id = $1 and kind = 'INV'")
                .execute(Tuple.of(shop.sellerId())).await().indefinitely().iterator().next().getInteger(0));
        for (Confirmed o : orders) {
            assertEquals("129.80", invoice(o).path("totals").path("total").asText());
        }
    }
}
