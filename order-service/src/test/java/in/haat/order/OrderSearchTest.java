package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A seller finds orders by order id, item, the buyer's phone and a fulfilment's state (RTO and returns included), on
 * both lists; a parameter that is no filter is refused with 400 instead of being ignored.
 */
@QuarkusTest
class OrderSearchTest extends ConfirmedOrderTestBase {

    private static RequestSpecification as(Confirmed o) {
        return given().header("Authorization", o.token());
    }

    @Test
    void ordersAreFoundByIdItemBuyerPhoneAndFulfilmentState() {
        Confirmed o = confirmed("1.2.5", 2);
        String mine = o.orderId();
        as(o).queryParam("order_id", mine).get("/api/orders").then().statusCode(200).body("items.id", contains(mine));
        as(o).queryParam("order_id", "O-none-" + UUID.randomUUID()).get("/api/orders").then().statusCode(200).body("items", empty());
        as(o).queryParam("item_id", o.item().toString()).get("/api/orders").then().statusCode(200).body("items.id", contains(mine));
        as(o).queryParam("item_id", UUID.randomUUID().toString()).get("/api/orders").then().statusCode(200).body("items", empty());
        // The buyer's billing phone is 9886098860: found however it is written.
        as(o).queryParam("buyer_phone", "+91 98860-98860").get("/api/orders").then().statusCode(200).body("items.id", contains(mine));
        as(o).queryParam("buyer_phone", "9886098861").get("/api/orders").then().statusCode(200).body("items", empty());
        as(o).queryParam("fulfilment_state", "Pending").queryParam("item_id", o.item().toString()).get("/api/orders").then()
                .statusCode(200).body("items.id", contains(mine));

        moveOn(o, "accept", "pack", "ready-to-ship", "ship", "out-for-delivery");
        given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"013\"}")
                .post("/api/orders/" + mine + "/rto").then().statusCode(200);
        // The RTO fulfilment's state finds it; the Delivery is Cancelled now, no longer Pending.
        as(o).queryParam("fulfilment_state", "RTO-Initiated").get("/api/orders").then().statusCode(200).body("items.id", contains(mine));
        as(o).queryParam("fulfilment_state", "Cancelled").get("/api/orders").then().statusCode(200).body("items.id", contains(mine));
        as(o).queryParam("fulfilment_state", "Pending").get("/api/orders").then().statusCode(200).body("items", empty());
        as(o).queryParam("item_id", o.item().toString()).get("/api/sellers/" + o.shop().sellerId() + "/orders").then()
                .statusCode(200).body("items.id", contains(mine));
    }

    /**
     * The RTOs to act on, by when they started: two of one shop's orders started theirs before {@code mark}, one after;
     * the window on the RTO fulfilment's change finds each side, pages through them, and the order's own change
     * (without fulfilment_state) is its last change.
     */
    @Test
    void theRtosToActOnAreFoundByWhenTheyStartedAndPagedThrough() {
        Confirmed first = confirmed("1.2.0", 1);
        Confirmed second = confirmed(first.shop(), first.item(), "1.2.0", 1);
        Confirmed third = confirmed(first.shop(), first.item(), "1.2.0", 1);
        for (Confirmed o : java.util.List.of(first, second)) {
            moveOn(o, "accept", "pack", "ready-to-ship", "ship");
            given().header("Authorization", o.token()).contentType("application/json").body("{\"reason_code\": \"013\"}")
                    .post("/api/orders/" + o.orderId() + "/rto").then().statusCode(200);
        }
        moveOn(third, "accept", "pack", "ready-to-ship", "ship");
        String mark = java.time.Instant.now().toString();
        given().header("Authorization", third.token()).contentType("application/json").body("{\"reason_code\": \"011\"}")
                .post("/api/orders/" + third.orderId() + "/rto").then().statusCode(200);
        String storefront = first.shop().storefrontId().toString();

        as(first).queryParam("storefront_id", storefront).queryParam("fulfilment_state", "RTO-Initiated").queryParam("updated_from", mark)
                .get("/api/orders").then().statusCode(200).body("items.id", contains(third.orderId()));
        as(first).queryParam("storefront_id", storefront).queryParam("updated_from", mark)
                .get("/api/orders").then().statusCode(200).body("items.id", contains(third.orderId()));
        // Before the mark, newest first, one a page: the second, then the first, then no further page.
        String next = as(first).queryParam("storefront_id", storefront).queryParam("fulfilment_state", "RTO-Initiated")
                .queryParam("updated_to", mark).queryParam("limit", "1").get("/api/orders").then().statusCode(200)
                .body("items.id", contains(second.orderId())).extract().path("next_cursor");
        as(first).queryParam("storefront_id", storefront).queryParam("fulfilment_state", "RTO-Initiated").queryParam("updated_to", mark)
                .queryParam("limit", "1").queryParam("cursor", next).get("/api/orders").then().statusCode(200)
                .body("items.id", contains(first.orderId())).body("next_cursor", org.hamcrest.Matchers.nullValue());
        as(first).queryParam("updated_from", mark).queryParam("updated_to", "2020-01-01T00:00:00Z").get("/api/orders").then()
                .statusCode(400).body("error.details[0].field", equalTo("updated_from"));
        as(first).queryParam("updated_to", "yesterday").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("updated_to"));
    }

    @Test
    void aParameterThatIsNoFilterOrABadValueIsRefused() {
        Confirmed o = confirmed("1.2.0", 1);
        as(o).queryParam("fulfillment_status", "Packed").get("/api/orders").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST")).body("error.details[0].field", equalTo("fulfillment_status"));
        as(o).queryParam("state", "Created").queryParam("state", "Accepted").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("state"));
        as(o).queryParam("fulfilment_state", "Lost").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("fulfilment_state"));
        as(o).queryParam("buyer_phone", "12345").get("/api/orders").then().statusCode(400)
                .body("error.details[0].field", equalTo("buyer_phone"));
        // The seller's own list takes its seller from the path.
        as(o).queryParam("seller_id", o.shop().sellerId().toString()).get("/api/sellers/" + o.shop().sellerId() + "/orders").then()
                .statusCode(400).body("error.details[0].field", equalTo("seller_id"));
    }
}
