package in.haat.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.buyer.BuyerApp;
import in.haat.buyer.CheckedCallback;
import in.haat.buyer.OrderMessages;
import in.haat.buyer.Sent;
import in.haat.buyer.Transaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No request leaves a database connection behind "idle in transaction", failing ones included: after a journey and a
 * round of requests every service refuses (bad signature, unknown storefront, /confirm without /init, NUL, bad tokens,
 * unknown ids, invalid bodies), no connection of the five services sits inside a transaction. Such a leak once held a
 * pool slot for half an hour until the gateway could no longer ACK (issue 16, item 12).
 */
@ExtendWith(OrderSuite.Extension.class)
class NoLeakedConnectionTest {

    @Test
    void noConnectionIsLeftInATransactionAfterRequestsThatSucceedOrFail(OrderSuite suite) throws Exception {
        OrderSuite.Shop shop = suite.shop("Leak Check Vada " + UUID.randomUUID().toString().substring(0, 6), 10);
        try (BuyerApp buyer = suite.buyerApp()) {
            Transaction journey = buyer.transaction();
            CheckedCallback onSelect = reply(buyer, journey, buyer.send(journey, "select",
                    OrderMessages.select(shop.storefrontId(), "L-" + shop.storefrontId(), shop.itemId(), 1)));
            CheckedCallback onInit = reply(buyer, journey, buyer.send(journey, "init", OrderMessages.init(onSelect.callback().order(), 1, Instant.now())));
            reply(buyer, journey, buyer.send(journey, "confirm", OrderMessages.confirm("O-" + UUID.randomUUID(), onInit.callback().order(), Instant.now())));

            // Answered with an error callback: a storefront that does not exist, more units than there are, a /confirm never inited.
            Transaction unknown = buyer.transaction();
            String nowhere = UUID.randomUUID().toString();
            errorReply(buyer, unknown, buyer.send(unknown, "select", OrderMessages.select(nowhere, "L-" + nowhere, UUID.randomUUID().toString(), 1)));
            Transaction tooMany = buyer.transaction();
            errorReply(buyer, tooMany, buyer.send(tooMany, "select",
                    OrderMessages.select(shop.storefrontId(), "L-" + shop.storefrontId(), shop.itemId(), 10_000)));
            Transaction neverInited = buyer.transaction();
            errorReply(buyer, neverInited, buyer.send(neverInited, "confirm",
                    OrderMessages.confirm("O-" + UUID.randomUUID(), onInit.callback().order(), Instant.now())));
        }
        // Refused at the edges.
        given().baseUri(suite.gateway.url()).contentType(ContentType.JSON).header("Authorization", "Signature keyId=\"x|y|ed25519\",signature=\"AA==\"")
                .body("{\"context\":{\"action\":\"select\"},\"message\":{}}").post("/select").then().statusCode(401);
        given().baseUri(suite.gateway.url()).contentType(ContentType.JSON).body("{\"context\":{\"action\":\"select\\u0000\"},\"message\":{}}")
                .post("/select").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        for (String url : List.of(suite.orderUrl(), suite.inventory.url(), suite.catalogue.url())) {
            given().baseUri(url).header("Authorization", "Bearer .").get("/api/sellers/" + suite.sellerId).then().statusCode(401);
        }
        given().baseUri(suite.orderUrl()).header("Authorization", suite.partner.bearer()).get("/api/orders/O-" + UUID.randomUUID()).then().statusCode(404);
        given().baseUri(suite.inventory.url()).header("Authorization", suite.partner.bearer()).contentType(ContentType.JSON)
                .body(Map.of("quantity", -1)).put("/api/storefronts/" + shop.storefrontId() + "/catalogue/" + shop.itemId() + "/inventory")
                .then().statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400), org.hamcrest.Matchers.lessThan(500)));
        given().baseUri(suite.catalogue.url()).header("Authorization", suite.partner.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "")).post("/api/sellers")
                .then().statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400), org.hamcrest.Matchers.lessThan(500)));
        given().baseUri(suite.auth.url()).contentType(ContentType.URLENC).body("=").post("/oauth2/token").then().statusCode(400);

        suite.awaitSettled();
        Connections.assertNoneIdleInTransaction(List.of(suite.database("auth"), suite.database("catalogue"), suite.database("inventory"),
                suite.database("order"), suite.database("gateway")), Duration.ofSeconds(30));
    }

    private static CheckedCallback reply(BuyerApp buyer, Transaction transaction, Sent sent) throws InterruptedException {
        assertTrue(sent.acked(), () -> "/" + sent.action() + ": " + sent.status() + " " + sent.answer());
        CheckedCallback callback = buyer.awaitReply(transaction, sent, OrderSuite.PATIENCE).orElseThrow(() -> new AssertionError("no /on_" + sent.action()));
        assertFalse(callback.callback().hasError(), () -> "/on_" + sent.action() + ": " + callback.callback().error());
        return callback;
    }

    /** A request the gateway ACKs but that can only be answered with an error: the error callback must come. */
    private static void errorReply(BuyerApp buyer, Transaction transaction, Sent sent) throws InterruptedException {
        if (!sent.acked()) {
            return; // refused at once (NACK) is an answer too
        }
        CheckedCallback callback = buyer.awaitReply(transaction, sent, OrderSuite.PATIENCE)
                .orElseThrow(() -> new AssertionError("no /on_" + sent.action()));
        assertTrue(callback.callback().hasError(), () -> "/on_" + sent.action() + " without an error: " + callback.callback().body());
    }
}
