package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seller's order API: lists with filters and paging, tenants, bad input, reject, and Setu's storefront orders. */
@QuarkusTest
class OrderRestTest extends OrderApiTestBase {

    @Test
    void ordersAreListedNewestFirstFilteredAndPaged() {
        Shop shop = newShop();
        Shop otherStorefront = new Shop(shop.partnerId(), shop.sellerId(), UUID.randomUUID());
        publishStorefront(otherStorefront);
        UUID item = newItem(shop, "Tea 250g", "90", 50);
        UUID elsewhere = newItem(otherStorefront, "Coffee 250g", "150", 50);
        Instant before = Instant.now();
        String first = newOrder(shop, item);
        String second = newOrder(shop, item);
        String third = newOrder(otherStorefront, elsewhere);
        String token = shop.token("orders:read", "orders:write");

        String cursor = given().header("Authorization", token).queryParam("limit", 2).get("/api/orders").then().statusCode(200)
                .body("items.id", contains(third, second)).body("next_cursor", notNullValue())
                .extract().path("next_cursor");
        given().header("Authorization", token).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/orders").then()
                .statusCode(200).body("items.id", contains(first)).body("next_cursor", nullValue());
        given().header("Authorization", token).queryParam("storefront_id", shop.storefrontId().toString()).get("/api/orders").then()
                .body("items.id", contains(second, first));
        given().header("Authorization", token).post("/api/orders/" + first + "/accept").then().statusCode(200);
        given().header("Authorization", token).queryParam("state", "Accepted").get("/api/orders").then()
                .body("items.id", contains(first));
        given().header("Authorization", token).queryParam("state", "Created").queryParam("from", before.toString())
                .queryParam("to", Instant.now().plusSeconds(60).toString()).get("/api/orders").then()
                .body("items.id", contains(third, second));
        given().header("Authorization", token).queryParam("to", before.toString()).get("/api/orders").then().body("items", empty());
        given().header("Authorization", token).get("/api/sellers/" + shop.sellerId() + "/orders").then().statusCode(200)
                .body("items.id", containsInAnyOrder(first, second, third));
        // The seller's own token sees them too.
        given().header("Authorization", TestTokens.seller(shop.sellerId()).scopes("orders:read").bearer()).get("/api/orders/" + second)
                .then().statusCode(200).body("state", equalTo("Created")).body("history", hasSize(1));
    }

    @Test
    void anotherTenantsOrderIsNotFoundAndUnchanged() {
        Shop shop = newShop();
        String order = newOrder(shop, newItem(shop, "Oil 1l", "180", 10));
        String stranger = TestTokens.partner("partner-" + UUID.randomUUID()).scopes("orders:read", "orders:write").bearer();
        given().header("Authorization", stranger).get("/api/orders/" + order).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        given().header("Authorization", stranger).post("/api/orders/" + order + "/accept").then().statusCode(404);
        given().header("Authorization", stranger).get("/api/orders").then().statusCode(200).body("items", empty());
        given().header("Authorization", stranger).get("/api/storefronts/" + shop.storefrontId() + "/orders").then().statusCode(404);
        given().header("Authorization", shop.token("orders:read")).get("/api/orders/" + order).then().statusCode(200)
                .body("state", equalTo("Created"));
        given().header("Authorization", shop.token("orders:read")).get("/api/orders/no-such-order").then().statusCode(404);
    }

    @Test
    void scopesTokensAndBadInputAreRefused() {
        Shop shop = newShop();
        String order = newOrder(shop, newItem(shop, "Sugar 1kg", "50", 10));
        given().get("/api/orders").then().statusCode(401);
        given().header("Authorization", shop.token("orders:read")).post("/api/orders/" + order + "/accept").then().statusCode(403);
        String token = shop.token("orders:read", "orders:write");
        given().header("Authorization", token).queryParam("state", "Shipped").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("state"));
        given().header("Authorization", token).queryParam("from", "yesterday").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("from"));
        given().header("Authorization", token).queryParam("limit", "0").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("limit"));
        given().header("Authorization", token).queryParam("cursor", "!!").get("/api/orders").then().statusCode(400);
        given().header("Authorization", token).queryParam("storefront_id", "nope").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("storefront_id"));
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason_code", "999"))
                .post("/api/orders/" + order + "/reject").then().statusCode(400).body("error.details[0].field", equalTo("reason_code"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"reason_code\": ")
                .post("/api/orders/" + order + "/reject").then().statusCode(400);
        given().header("Authorization", token).post("/api/orders/" + order + "/teleport").then().statusCode(404);
        given().header("Authorization", token).get("/api/orders/" + order).then().body("state", equalTo("Created"));
    }

    @Test
    void aRejectedOrderIsCancelledGivesItsStockBackAndTellsTheBuyer() {
        Shop shop = newShop();
        String order = newOrder(shop, newItem(shop, "Flour 1kg", "45", 10));
        String token = shop.token("orders:read", "orders:write");
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason_code", "002"))
                .post("/api/orders/" + order + "/reject").then().statusCode(200)
                .body("state", equalTo("Cancelled")).body("fulfilment_state", equalTo("Cancelled"));
        given().header("Authorization", token).post("/api/orders/" + order + "/accept").then().statusCode(409);
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason_code", "002"))
                .post("/api/orders/" + order + "/reject").then().statusCode(409);
        String txn = order.substring(2);
        var onCancel = result(txn, 3);
        org.junit.jupiter.api.Assertions.assertEquals("on_cancel", onCancel.path("action").asText(), "ONDC: a seller's cancellation is /on_cancel");
        org.junit.jupiter.api.Assertions.assertEquals("Cancelled", onCancel.path("message").path("order").path("state").asText());
        org.junit.jupiter.api.Assertions.assertEquals("002", onCancel.path("message").path("order").path("cancellation").path("reason").path("id").asText());
        org.junit.jupiter.api.Assertions.assertEquals(1, published("haat.order.events", "order." + order, "order.stock-return-requested").size());
    }

    @Test
    void setuListsAStorefrontsOrdersAndUpdatesTheirStates() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Honey 500g", "250", 10);
        String one = newOrder(shop, item);
        String two = newOrder(shop, item);
        String token = shop.token("orders:read", "orders:write");
        given().header("Authorization", token).get("/api/storefronts/" + shop.storefrontId() + "/orders").then().statusCode(200)
                .body("order_id", contains(two, one)).body("[0].order_state", equalTo("Created"))
                .body("[0].order_items[0].store_front_product_id", equalTo(item.toString()))
                .body("[0].order_items[0].quantity", equalTo(1)).body("[0].fulfilment_type", equalTo("SELF"))
                // Setu's BuyerDetailDTO: name, mobile_number, delivery_address {address, pincode (a number)}.
                .body("[0].buyer_details.name", equalTo("Meera Rao")).body("[0].buyer_details.mobile_number", equalTo("9886098860"))
                .body("[0].buyer_details.delivery_address.address", equalTo("4B, Indiranagar, Bengaluru, Karnataka"))
                .body("[0].buyer_details.delivery_address.pincode", equalTo(560001))
                .body("[0].buyer_details.size()", equalTo(3)).body("[0].buyer_details.delivery_address.size()", equalTo(2));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(List.of(Map.of("order_id", one, "order_state", "Accepted"), Map.of("order_id", "nope", "order_state", "Accepted"),
                        Map.of("order_id", two, "order_state", "Packed")))
                .put("/api/storefronts/" + shop.storefrontId() + "/orders").then().statusCode(202)
                .body("approved.count", equalTo(1)).body("failed.count", equalTo(2))
                .body("results.status", contains("approved", "failed", "failed"))
                .body("results[2].error.code", equalTo("CONFLICT"));
        given().header("Authorization", token).get("/api/orders/" + one).then().body("state", equalTo("Accepted"));
        given().header("Authorization", token).get("/api/orders/" + two).then().body("state", equalTo("Created"));
        given().header("Authorization", token).contentType(ContentType.JSON).body(List.of())
                .put("/api/storefronts/" + shop.storefrontId() + "/orders").then().statusCode(400);
    }
}
