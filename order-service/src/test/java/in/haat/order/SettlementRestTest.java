package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seller's settlement view: one order's settlement and its due date, the list's filters and paging, tenancy and bad input. */
@QuarkusTest
class SettlementRestTest extends SettlementTestBase {

    @Test
    void anOrdersSettlementSaysWhatTheSellerIsOwedAndWhen() {
        Shop shop = newShop();
        Confirmed o = withFinderFee(shop, atta(shop), 2);
        String token = o.token();
        given().header("Authorization", token).get("/api/orders/" + o.orderId() + "/settlement").then().statusCode(200)
                .body("order_id", equalTo(o.orderId())).body("state", equalTo("pending")).body("collector", equalTo("BAP"))
                .body("terms.finder_fee_type", equalTo("percent")).body("terms.finder_fee", equalTo("3"))
                .body("terms.settlement_basis", equalTo("delivery")).body("terms.settlement_window", equalTo("P1D"))
                // Two units of 110.00 with 18% GST (39.60): 259.60; taxable 220.00.
                .body("order_value", equalTo("259.60")).body("refunded", equalTo("0.00")).body("paid", equalTo("259.60"))
                .body("taxable_value", equalTo("220.00"))
                // 3% of 259.60 = 7.79; TCS and TDS 1% of 220.00 = 2.20 each, withheld by us (the seller app).
                .body("finder_fee", equalTo("7.79")).body("withholding", equalTo("0.00")).body("tcs", equalTo("2.20"))
                .body("tds", equalTo("2.20")).body("taxes_withheld_by", equalTo("seller-app"))
                .body("collector_pays", equalTo("251.81")).body("net_payable", equalTo("247.41"))
                .body("due_at", nullValue()).body("recon", nullValue()).body("report", nullValue());

        // One unit cancelled before pick-up: its 129.80 comes off the order, and the fee and taxes with it.
        given().header("Authorization", token).contentType("application/json")
                .body(Map.of("reason_code", "002", "items", List.of(Map.of("item_id", o.item().toString(), "quantity", 1))))
                .post("/api/orders/" + o.orderId() + "/part-cancel").then().statusCode(200);
        Instant beforeDelivery = Instant.now().minusSeconds(1);
        moveOn(o, "accept", "pack", "ready-to-ship", "ship", "out-for-delivery", "deliver");
        String due = given().header("Authorization", token).get("/api/orders/" + o.orderId() + "/settlement").then().statusCode(200)
                .body("refunded", equalTo("129.80")).body("paid", equalTo("129.80")).body("taxable_value", equalTo("110.00"))
                .body("finder_fee", equalTo("3.89")).body("tcs", equalTo("1.10")).body("tds", equalTo("1.10"))
                .body("net_payable", equalTo("123.71")).body("order_state", equalTo("Completed"))
                .extract().path("due_at");
        // Delivered now, settled within P1D of delivery.
        Instant dueAt = Instant.parse(due);
        assertEquals(true, !dueAt.isBefore(beforeDelivery.plus(Duration.ofDays(1))) && dueAt.isBefore(Instant.now().plus(Duration.ofDays(1))), due);
    }

    @Test
    void settlementsAreListedByStateAndDateAndPaged() {
        Shop shop = newShop();
        UUID item = atta(shop);
        Instant before = Instant.now().minusMillis(1);
        String first = withFinderFee(shop, item, 1).orderId();
        String second = withFinderFee(shop, item, 1).orderId();
        String third = withFinderFee(shop, item, 1).orderId();
        String token = shop.token("orders:read");
        String cursor = given().header("Authorization", token).queryParam("limit", 2).get("/api/settlements").then().statusCode(200)
                .body("items.order_id", contains(third, second)).body("items[0].net_payable", equalTo("123.71"))
                .body("next_cursor", notNullValue()).extract().path("next_cursor");
        given().header("Authorization", token).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/settlements").then()
                .statusCode(200).body("items.order_id", contains(first)).body("next_cursor", nullValue());
        given().header("Authorization", token).queryParam("state", "pending").queryParam("from", before.toString())
                .queryParam("storefront_id", shop.storefrontId().toString()).get("/api/settlements").then()
                .body("items.order_id", contains(third, second, first));
        given().header("Authorization", token).queryParam("state", "settled").get("/api/settlements").then().body("items", empty());
        given().header("Authorization", token).queryParam("to", before.toString()).get("/api/settlements").then().body("items", empty());
        given().header("Authorization", token).queryParam("seller_id", shop.sellerId().toString()).get("/api/settlements").then()
                .body("items.order_id", contains(third, second, first));
    }

    @Test
    void anotherTenantsSettlementIsNotFoundAndBadInputIsRefused() {
        Shop shop = newShop();
        String order = withFinderFee(shop, atta(shop), 1).orderId();
        String stranger = TestTokens.partner("partner-" + UUID.randomUUID()).scopes("orders:read").bearer();
        given().header("Authorization", stranger).get("/api/orders/" + order + "/settlement").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        given().header("Authorization", stranger).get("/api/settlements").then().statusCode(200).body("items", empty());
        given().header("Authorization", shop.token("orders:read")).get("/api/orders/no-such-order/settlement").then().statusCode(404);
        given().get("/api/settlements").then().statusCode(401);
        given().header("Authorization", shop.token("catalogue:read")).get("/api/settlements").then().statusCode(403);
        String token = shop.token("orders:read");
        given().header("Authorization", token).queryParam("state", "paid").get("/api/settlements").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST")).body("error.details[0].field", equalTo("state"));
        given().header("Authorization", token).queryParam("sort", "due").get("/api/settlements").then().statusCode(400)
                .body("error.details[0].field", equalTo("sort"));
        given().header("Authorization", token).queryParam("from", "yesterday").get("/api/settlements").then().statusCode(400)
                .body("error.details[0].field", equalTo("from"));
        given().header("Authorization", token).queryParam("cursor", "not-a-cursor").get("/api/settlements").then().statusCode(400);
        given().header("Authorization", token).queryParam("limit", "0").get("/api/settlements").then().statusCode(400);
    }
}
