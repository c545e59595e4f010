package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.SchemaCheck;
import in.haat.ondc.validation.ValidationResult;
import in.haat.order.service.OndcOrders;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * /rating through order-service's real consumer: each rated thing of the order stored once (a repeat replaces it),
 * answered with an /on_rating our outgoing check passes and that has beckn's RatingAck shape; every rating that cannot
 * be taken refused with ONDC's code and nothing stored; the seller's list and averages, for its own storefront only.
 */
@QuarkusTest
class RatingFlowTest extends OrderApiTestBase {

    private static final BecknValidator OUTGOING = new BecknValidator(new SchemaCheck(), "haat.localhost", "http://localhost:8080",
            Duration.ofSeconds(30), Duration.ofSeconds(30));

    /** A confirmed order: its shop, transaction, and the ONDC order as /on_confirm sent it. */
    private record Rated(Shop shop, String txn, String orderId, JsonNode order) {
        String itemId() {
            return order.path("items").path(0).path("id").asText();
        }

        String fulfilmentId() {
            return order.path("fulfillments").path(0).path("id").asText();
        }
    }

    private Rated confirmed() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Atta 5kg", "110", 50);
        String orderId = newOrder(shop, item);
        String txn = orderId.substring(2);
        return new Rated(shop, txn, orderId, result(txn, 2).path("message").path("order"));
    }

    @Test
    void everyCategoryIsStoredOnceAndARepeatReplacesIt() {
        Rated o = confirmed();
        String sent = buyer("rating", o.txn(), ratings(
                rating("Order", o.orderId(), "5"), rating("Item", o.itemId(), "4"),
                rating("Fulfillment", o.fulfilmentId(), "3"), rating("Provider", o.order().path("provider").path("id").asText(), "4")));
        JsonNode onRating = result(o.txn(), 3);
        assertEquals("on_rating", onRating.path("action").asText());
        assertEquals(sent, onRating.path("request_message_id").asText());
        assertAck(onRating, true);
        assertEquals(4, count("select count(*) from order_rating where order_id = $1", o.orderId()));

        // The item again, 2 this time, as beckn's single rating: still one row for it, now 2; the others unchanged.
        ObjectNode single = rating("ITEM", o.itemId(), "2");
        buyer("rating", o.txn(), single);
        assertAck(result(o.txn(), 4), true);
        assertEquals(4, count("select count(*) from order_rating where order_id = $1", o.orderId()));
        assertEquals(2, count("select value from order_rating where order_id = $1 and category = 'Item'", o.orderId()));
        List<JsonNode> rated = published("haat.order.events", o.orderId(), "order.rated");
        assertEquals(5, rated.size());
        assertEquals(4, rated.get(4).path("previous_value").asInt(), rated.get(4).toString());

        String token = o.shop().token("orders:read");
        given().header("Authorization", token).get("/api/storefronts/" + o.shop().storefrontId() + "/ratings?limit=3").then().statusCode(200)
                .body("items", hasSize(3)).body("items[0].category", equalTo("Item")).body("items[0].value", equalTo(2));
        String cursor = given().header("Authorization", token).get("/api/storefronts/" + o.shop().storefrontId() + "/ratings?limit=3")
                .then().extract().path("next_cursor");
        given().header("Authorization", token).get("/api/storefronts/" + o.shop().storefrontId() + "/ratings?limit=3&cursor=" + cursor)
                .then().statusCode(200).body("items", hasSize(1)).body("next_cursor", nullValue());
        given().header("Authorization", token).get("/api/storefronts/" + o.shop().storefrontId() + "/ratings?item_id=" + o.itemId())
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].rated_id", equalTo(o.itemId()));
        given().header("Authorization", token).get("/api/storefronts/" + o.shop().storefrontId() + "/ratings/summary").then().statusCode(200)
                .body("categories", hasSize(4)).body("items", hasSize(1))
                .body("items[0].item_id", equalTo(o.itemId())).body("items[0].count", equalTo(1)).body("items[0].average", equalTo(2.0f));
    }

    @Test
    void theAveragesAreOverEveryOrderOfTheStorefront() {
        Rated first = confirmed();
        String second = newOrder(first.shop(), UUID.fromString(first.itemId()));
        buyer("rating", first.txn(), ratings(rating("Item", first.itemId(), "5"), rating("Order", first.orderId(), "4")));
        assertAck(result(first.txn(), 3), true);
        buyer("rating", second.substring(2), ratings(rating("Item", first.itemId(), "2")));
        assertAck(result(second.substring(2), 3), true);
        JsonNode summary = read(given().header("Authorization", first.shop().token("orders:read"))
                .get("/api/storefronts/" + first.shop().storefrontId() + "/ratings/summary").then().statusCode(200).extract().asString());
        assertEquals("3.50", summary.path("items").path(0).path("average").decimalValue().setScale(2).toPlainString());
        assertEquals(2, summary.path("items").path(0).path("count").asInt());
        for (JsonNode c : summary.path("categories")) {
            assertEquals(c.path("category").asText().equals("Item") ? 2 : 1, c.path("count").asInt(), c.toString());
        }
    }

    @Test
    void aRatingThatCannotBeTakenIsRefusedWithOndcsCodeAndNothingIsStored() {
        Rated o = confirmed();
        int n = 2;
        String[][] refused = {
            {"Order", "O-none", "4", "30018"},
            {"Item", "no-such-item", "4", "30004"},
            {"Fulfillment", "F-none", "4", "50007"},
            {"Provider", "P-none", "4", "30001"},
            {"Agent", "agent-1", "4", "50003"},
            {"Item", o.itemId(), "7", "30015"},
            {"Item", o.itemId(), "3.5", "30015"},
            {"Item", o.itemId(), "great", "30015"},
        };
        for (String[] r : refused) {
            // A valid rating beside the bad one: the message is refused whole.
            buyer("rating", o.txn(), ratings(rating("Order", o.orderId(), "5"), rating(r[0], r[1], r[2])));
            JsonNode answer = result(o.txn(), ++n);
            assertEquals(r[3], answer.path("error").path("code").asText(), String.join(" ", r) + ": " + answer);
            assertAck(answer, false);
        }
        buyer("rating", o.txn(), JSON.createObjectNode().putArray("ratings"));
        assertEquals("30000", result(o.txn(), ++n).path("error").path("code").asText());
        // Another buyer app's transaction, and a transaction with no order: 30018.
        buyer("rating", o.txn(), ratings(rating("Order", o.orderId(), "5")), "1.2.0", "other-buyer.example");
        assertEquals("30018", result(o.txn(), ++n).path("error").path("code").asText());
        String none = UUID.randomUUID().toString();
        buyer("rating", none, ratings(rating("Order", "O-" + none, "5")));
        JsonNode unknown = result(none, 1);
        assertEquals("30018", unknown.path("error").path("code").asText());
        assertAck(unknown, false);
        assertEquals(0, count("select count(*) from order_rating where order_id = $1", o.orderId()));
        assertEquals(0, published("haat.order.events", o.orderId(), "order.rated").size());
    }

    @Test
    void aSellerSeesOnlyItsOwnStorefrontsRatings() {
        Rated o = confirmed();
        buyer("rating", o.txn(), ratings(rating("Order", o.orderId(), "5")));
        assertAck(result(o.txn(), 3), true);
        String path = "/api/storefronts/" + o.shop().storefrontId() + "/ratings";
        String stranger = newShop().token("orders:read");
        given().header("Authorization", stranger).get(path).then().statusCode(404);
        given().header("Authorization", stranger).get(path + "/summary").then().statusCode(404);
        given().get(path).then().statusCode(401);
        String token = o.shop().token("orders:read");
        given().header("Authorization", token).get(path + "?category=Agent").then().statusCode(400);
        given().header("Authorization", token).get(path + "?cursor=bm90LWEtY3Vyc29y").then().statusCode(400);
        given().header("Authorization", token).get("/api/storefronts/" + UUID.randomUUID() + "/ratings").then().statusCode(404);
    }

    /** The outgoing check passes, and the message is beckn's RatingAck: rating_ack as given, nothing else but feedback_ack. */
    private static void assertAck(JsonNode result, boolean ack) {
        ObjectNode callback = callback(result);
        ((ObjectNode) callback.path("context")).put("timestamp", OndcOrders.timestamp(Instant.now()));
        ValidationResult checked = OUTGOING.checkOutgoing(callback);
        assertEquals(List.of(), checked.errors(), callback.toString());
        JsonNode message = result.path("message");
        assertEquals(ack, message.path("rating_ack").asBoolean(!ack), message.toString());
        for (Iterator<String> names = message.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(name.equals("rating_ack") || name.equals("feedback_ack") && message.get(name).isBoolean(), name);
        }
    }

    private static ObjectNode ratings(ObjectNode... ratings) {
        ObjectNode message = JSON.createObjectNode();
        ArrayNode list = message.putArray("ratings");
        for (ObjectNode r : ratings) {
            list.add(r);
        }
        return message;
    }

    private static ObjectNode rating(String category, String id, String value) {
        return JSON.createObjectNode().put("rating_category", category).put("id", id).put("value", value);
    }
}
