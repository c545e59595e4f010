package in.haat.order;

import static in.haat.order.PrintedPdf.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credit notes against an order's invoice when money for invoiced goods goes back: an RTO (every line, whole) and a
 * return refunded at pick-up (the units returned), each with its own series, GST reversed as the invoice charged it,
 * and what is left adding up to the order's quote; as JSON and PDF, for the order's seller only.
 */
@QuarkusTest
class CreditNoteTest extends DocumentTestBase {

    @Test
    void anRtoCreditsEveryInvoicedLineAndItsGst() {
        Shop shop = newShop();
        Confirmed o = confirmed(shop, hsnItem(shop, false), "1.2.5", 2);
        moveOn(o, "accept", "pack", "ready-to-ship", "ship", "out-for-delivery");
        JsonNode invoice = invoice(o);
        assertEquals("259.60", invoice.path("totals").path("total").asText());
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"013\"}")
                .post("/api/orders/" + o.orderId() + "/rto").then().statusCode(200).body("total", equalTo("0.00"));

        JsonNode notes = read(given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/credit-notes")
                .then().statusCode(200).extract().asString());
        assertEquals(1, notes.size());
        JsonNode note = notes.path(0);
        String fy = invoice.path("financial_year").asText();
        assertEquals("CREDIT_NOTE", note.path("type").asText());
        assertEquals("CN/" + fy.substring(2) + "/000001", note.path("number").asText());
        assertEquals(invoice.path("number").asText(), note.path("invoice_number").asText());
        assertEquals("RTO (reason 013)", note.path("reason").asText());
        assertEquals("29AAACC1206D1ZM", note.path("seller").path("gstin").asText());
        JsonNode line = note.path("lines").path(0);
        assertEquals(List.of(HSN, "2", "220.00", "19.80", "19.80", "0.00", "259.60"), List.of(line.path("hsn_code").asText(),
                line.path("quantity").asText(), line.path("taxable_value").asText(), line.path("cgst").asText(), line.path("sgst").asText(),
                line.path("igst").asText(), line.path("total").asText()));
        // Invoice less credit notes is what the buyer still pays: the quote now (delivery 0.00, items refunded).
        assertEquals(order(o).path("quote").path("price").path("value").asText(),
                new BigDecimal(invoice.path("totals").path("total").asText()).subtract(new BigDecimal(note.path("totals").path("total").asText())).toPlainString());

        String number = note.path("number").asText();
        byte[] pdf = given().header("Authorization", o.token()).accept("application/pdf").urlEncodingEnabled(false)
                .get("/api/orders/" + o.orderId() + "/credit-notes/" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        for (String expected : List.of("CREDIT NOTE", number, "Against invoice no. " + invoice.path("number").asText(), "RTO (reason 013)", HSN,
                "220.00", "19.80", "Amount credited: INR 259.60")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        given().header("Authorization", o.token()).accept("application/json").urlEncodingEnabled(false)
                .get("/api/orders/" + o.orderId() + "/credit-notes/" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .then().statusCode(200).body("number", equalTo(number));
        given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/credit-notes/CN-nope").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        given().header("Authorization", newShop().token("orders:read")).get("/api/orders/" + o.orderId() + "/credit-notes").then().statusCode(404);
    }

    @Test
    void aReturnRefundedAtPickUpCreditsTheUnitsReturnedAndTheSeriesGoesOn() {
        Shop shop = newShop();
        Confirmed o = confirmed(shop, hsnItem(shop, true), "1.2.5", 3);
        String[] toDelivery = {"accept", "pack", "ready-to-ship", "ship", "out-for-delivery", "deliver"};
        moveOn(o, toDelivery);
        JsonNode invoice = invoice(o);
        // 330.00 inclusive of 18%: 279.66 + 25.17 + 25.17.
        assertEquals(List.of("279.66", "25.17", "25.17", "330.00"), List.of(invoice.path("totals").path("taxable_value").asText(),
                invoice.path("totals").path("cgst").asText(), invoice.path("totals").path("sgst").asText(), invoice.path("totals").path("total").asText()));
        int n = o.results() + toDelivery.length;
        for (String[] r : new String[][] {{"R1", "1"}, {"R2", "1"}}) {
            buyer("update", o.txn(), ReturnTest.returnRequest(o, r[0], o.item().toString(), r[1], "003"), "1.2.5", BAP);
            result(o.txn(), ++n);
            for (String action : List.of("approve", r[0].equals("R1") ? "picked" : "liquidate")) {
                given().header("Authorization", o.token()).contentType("application/json").body("{}")
                        .post("/api/orders/" + o.orderId() + "/returns/" + r[0] + "/" + action).then().statusCode(200);
                result(o.txn(), ++n);
            }
        }
        JsonNode notes = read(given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/credit-notes")
                .then().statusCode(200).extract().asString());
        assertEquals(2, notes.size());
        String fy = invoice.path("financial_year").asText().substring(2);
        assertEquals(List.of("CN/" + fy + "/000001", "CN/" + fy + "/000002"), notes.findValuesAsText("number"));
        assertEquals(List.of("RETURN R1 (Return_Picked)", "RETURN R2 (Liquidated)"), notes.findValuesAsText("reason"));
        // 3 units: invoiced 279.66; after one unit back 220.00 -> 186.44, so the first credit is 93.22 taxable, 8.39 + 8.39.
        JsonNode first = notes.path(0).path("lines").path(0);
        assertEquals(List.of("1", "93.22", "8.39", "8.39", "110.00"), List.of(first.path("quantity").asText(), first.path("taxable_value").asText(),
                first.path("cgst").asText(), first.path("sgst").asText(), first.path("total").asText()));
        JsonNode second = notes.path(1).path("lines").path(0);
        // 220.00 -> 186.44; 110.00 -> 93.22: the second credit is 93.22 taxable too, and what is left is one unit's invoice.
        assertEquals(List.of("1", "93.22", "8.39", "8.39", "110.00"), List.of(second.path("quantity").asText(), second.path("taxable_value").asText(),
                second.path("cgst").asText(), second.path("sgst").asText(), second.path("total").asText()));
        BigDecimal left = new BigDecimal(invoice.path("totals").path("total").asText());
        for (JsonNode note : notes) {
            left = left.subtract(new BigDecimal(note.path("totals").path("total").asText()));
        }
        assertEquals(order(o).path("quote").path("price").path("value").asText(), left.toPlainString(), "invoice less credits = the quote now");
        assertEquals("110.00", left.toPlainString());
    }
}
