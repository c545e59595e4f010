package in.haat.order;

import static in.haat.order.PrintedPdf.barcode;
import static in.haat.order.PrintedPdf.pages;
import static in.haat.order.PrintedPdf.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shipping labels as PDF, read back: the Code 128 barcode decoded from the rendered page is the order and fulfilment
 * ids, the text has from, to, weight, packages and the cash to collect for a COD order; a batch is one page per order,
 * all of them or nothing (an unknown or another seller's order is a 404, a bad list a 400, in our error shape).
 */
@QuarkusTest
class LabelTest extends DocumentTestBase {

    @Test
    void aPrepaidOrdersLabelCarriesItsIdsAsABarcodeAndWhereItGoes() {
        Shop shop = newShop();
        Confirmed o = confirmed(shop, hsnItem(shop, false), "1.2.5", 3);
        moveOn(o, "accept", "pack");
        byte[] pdf = given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/label")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals(1, pages(pdf));
        // Label printers print at 203 or 300 dpi: the barcode reads at both.
        assertEquals(o.orderId() + "|1", barcode(pdf, 0, 300));
        assertEquals(o.orderId() + "|1", barcode(pdf, 0, 203));
        String text = text(pdf);
        for (String expected : List.of("PREPAID", "Order:", o.orderId(), "Fulfilment: 1", "TO", "Meera Rao", "4B, Indiranagar, Bengaluru",
                "Karnataka", "Phone 9886098860", "FROM", "Asha Stores, MG Road", "12 MG Road, Bengaluru, Karnataka", "PIN 560001",
                "Weight: 1.500 kg", "Packages: 1", "Units: 3", "Sold by Asha Stores Pvt Ltd")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }

        // The storefront closes down: its orders' labels still say who sold them and where from.
        events.publish(in.haat.testinfra.TestEvents.CATALOGUE_TOPIC, "storefront.deleted", shop.sellerId().toString(),
                Map.of("storefront_id", shop.storefrontId().toString(), "seller_id", shop.sellerId().toString()));
        org.awaitility.Awaitility.await().atMost(EVENTUAL).until(() -> count(
                "select count(*) from catalogue_storefront where storefront_id = $1 and deleted", shop.storefrontId()) == 1);
        String after = text(given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/label")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(after.contains("12 MG Road, Bengaluru, Karnataka") && after.contains("Sold by Asha Stores Pvt Ltd"), after);
    }

    @Test
    void aBuyerWhoWritesHindiGetsALabelInHindi() {
        Shop shop = newShop();
        String name = "\u0936\u094d\u0930\u0940 \u0930\u093e\u092e \u0936\u0930\u094d\u092e\u093e";
        Confirmed o = confirmedWith(shop, hsnItem(shop, false), 1, init -> {
            ((ObjectNode) init.path("billing")).put("name", name);
            ((ObjectNode) init.path("fulfillments").path(0).path("end").path("location").path("address")).put("name", name).put("building", "12")
                    .put("locality", "\u0930\u093e\u092e \u0928\u0917\u0930").put("city", "\u092a\u0941\u0923\u0947");
        });
        byte[] pdf = given().header("Authorization", o.token()).get("/api/orders/" + o.orderId() + "/label")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains(name) && text.contains("12, \u0930\u093e\u092e \u0928\u0917\u0930, \u092a\u0941\u0923\u0947"), text);
        assertTrue(PrintedPdf.fonts(pdf).containsAll(List.of("NotoSansDevanagari-Bold", "NotoSansDevanagari-Regular")), PrintedPdf.fonts(pdf).toString());
        assertEquals(o.orderId() + "|1", barcode(pdf, 0, 203));
    }

    @Test
    void aCashOnDeliveryLabelSaysWhatToCollectAndABatchIsAPagePerOrder() {
        Shop shop = newShop();
        var item = hsnItem(shop, false);
        Confirmed cod = confirmedWith(shop, item, 2, init -> init.putObject("payment").put("type", "ON-FULFILLMENT"));
        Confirmed prepaid = confirmed(shop, item, "1.2.5", 1);
        byte[] pdf = given().header("Authorization", cod.token()).contentType("application/json")
                .body(Map.of("order_ids", List.of(cod.orderId(), prepaid.orderId(), cod.orderId())))
                .post("/api/orders/labels").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals(2, pages(pdf), "a repeated id is printed once");
        assertEquals(cod.orderId() + "|1", barcode(pdf, 0, 203));
        assertEquals(prepaid.orderId() + "|1", barcode(pdf, 1, 203));
        String text = text(pdf);
        assertTrue(text.contains("CASH ON DELIVERY\nCollect INR 259.60"), text);
        assertTrue(text.contains("PREPAID"), text);
    }

    @Test
    void aBatchWithAnOrderThatIsNotTheCallersPrintsNothing() {
        Shop shop = newShop();
        Confirmed mine = confirmed(shop, hsnItem(shop, false), "1.2.5", 1);
        Shop other = newShop();
        Confirmed theirs = confirmed(other, hsnItem(other, false), "1.2.5", 1);
        given().header("Authorization", mine.token()).contentType("application/json")
                .body(Map.of("order_ids", List.of(mine.orderId(), theirs.orderId())))
                .post("/api/orders/labels").then().statusCode(404).contentType("application/json").body("error.code", equalTo("NOT_FOUND"));
        given().header("Authorization", mine.token()).contentType("application/json").body(Map.of("order_ids", List.of(mine.orderId(), "no-such-order")))
                .post("/api/orders/labels").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        given().header("Authorization", mine.token()).get("/api/orders/" + theirs.orderId() + "/label").then().statusCode(404)
                .contentType("application/json").body("error.code", equalTo("NOT_FOUND"));
        for (Object body : List.of(Map.of("order_ids", List.of()), Map.of(), Map.of("order_ids", Collections.nCopies(51, mine.orderId())),
                Map.of("order_ids", List.of(" ")))) {
            given().header("Authorization", mine.token()).contentType("application/json").body(body)
                    .post("/api/orders/labels").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        }
        // Bodies of the wrong shape are 400 in our error shape; an Accept we cannot answer is 406 in it too.
        for (String body : List.of("{\"order_ids\": \"" + mine.orderId() + "\"}", "{\"order_ids\": [{}]}", "[]", "{", "null")) {
            given().header("Authorization", mine.token()).contentType("application/json").body(body)
                    .post("/api/orders/labels").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        }
        given().header("Authorization", mine.token()).accept("text/plain").get("/api/orders/" + mine.orderId() + "/invoice")
                .then().statusCode(406).body("error.code", org.hamcrest.Matchers.notNullValue());
        // A cancelled order ships nothing.
        given().header("Authorization", mine.token()).contentType("application/json").body("{\"reason_code\": \"002\"}")
                .post("/api/orders/" + mine.orderId() + "/reject").then().statusCode(200);
        given().header("Authorization", mine.token()).get("/api/orders/" + mine.orderId() + "/label").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
    }
}
