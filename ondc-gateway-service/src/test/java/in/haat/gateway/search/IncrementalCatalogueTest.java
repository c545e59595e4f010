package in.haat.gateway.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.Ed25519Keys;
import in.haat.gateway.signing.SignatureHeader;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ONDC's incremental catalogue refresh: a one-time pull answers what changed in its window; a subscription
 * (catalog_inc mode start) gets signed unsolicited /on_search pushes of changed items, prices and in/out of stock,
 * each with a fresh message_id in the subscribing transaction, until mode stop.
 */
@QuarkusTest
class IncrementalCatalogueTest extends SearchTestBase {

    @Test
    void aPullGetsWhatChangedInItsWindowOnly() throws Exception {
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        UUID repriced = UUID.randomUUID();
        UUID soldOut = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        fixtures.storefront(SearchFixtures.storefront(seller, storefront));
        fixtures.items(List.of(SearchFixtures.item(seller, storefront, repriced, "Vada", 40),
                SearchFixtures.item(seller, storefront, soldOut, "Pongal", 60),
                SearchFixtures.item(seller, storefront, untouched, "Upma", 50),
                SearchFixtures.item(seller, storefront, removed, "Kesari", 30)));
        fixtures.stock(seller, storefront, soldOut, 5);
        await().pollDelay(Duration.ofMillis(1100)).until(() -> true);
        Instant windowStart = Instant.now();

        fixtures.items(List.of(SearchFixtures.item(seller, storefront, repriced, "Vada", 45)));
        fixtures.stock(seller, storefront, soldOut, 0);
        fixtures.itemDeleted(seller, storefront, removed);
        Instant windowEnd = Instant.now().plusMillis(1);
        await().pollDelay(Duration.ofMillis(20)).until(() -> true);

        String transaction = UUID.randomUUID().toString();
        JsonNode context = fixtures.search(buyerApp, "ONDC:RET11", "*", transaction, "{\"tags\":[{\"code\":\"catalog_inc\",\"list\":["
                + "{\"code\":\"start_time\",\"value\":\"" + FakeBuyerApp.TIMESTAMP.format(windowStart) + "\"},"
                + "{\"code\":\"end_time\",\"value\":\"" + FakeBuyerApp.TIMESTAMP.format(windowEnd) + "\"}]}]}");

        await().atMost(Duration.ofSeconds(30)).until(() -> !buyerApp.received().isEmpty());
        FakeBuyerApp.Received received = buyerApp.received().get(0);
        assertEquals("inc", received.headers().get("x-ondc-search-response"));
        JsonNode callback = json.readTree(received.body());
        assertEquals(context.path("message_id").asText(), callback.path("context").path("message_id").asText(), "a pull is solicited");
        assertEquals(List.of(), schemas.problems("on_search", callback), "the official on_search schema");
        JsonNode providers = callback.path("message").path("catalog").path("bpp/providers");
        JsonNode provider = only(providers, storefront);
        assertEquals(Set.of(repriced.toString(), soldOut.toString(), removed.toString()), ids(provider.path("items")));
        assertEquals("45.00", SearchFixtures.find(provider.path("items"), repriced).path("price").path("value").asText());
        assertEquals("0", SearchFixtures.find(provider.path("items"), soldOut).path("quantity").path("available").path("count").asText());
        assertEquals("disable", SearchFixtures.find(provider.path("items"), removed).path("time").path("label").asText());
        assertEquals("enable", SearchFixtures.find(provider.path("items"), repriced).path("time").path("label").asText());
        Instant changed = Instant.parse(SearchFixtures.find(provider.path("items"), repriced).path("time").path("timestamp").asText());
        assertTrue(!changed.isBefore(windowStart.minusMillis(1)) && changed.isBefore(windowEnd), "the item's time is when it changed");
    }

    @Test
    void aSubscriberGetsSignedPushesOfChangesUntilItStops() throws Exception {
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        UUID dosa = UUID.randomUUID();
        UUID chutney = UUID.randomUUID();
        fixtures.storefront(SearchFixtures.storefront(seller, storefront));
        fixtures.items(List.of(SearchFixtures.item(seller, storefront, dosa, "Rava Dosa", 80),
                SearchFixtures.item(seller, storefront, chutney, "Coconut Chutney", 20)));
        fixtures.stock(seller, storefront, chutney, 5);
        await().pollDelay(Duration.ofMillis(1100)).until(() -> true);

        String transaction = UUID.randomUUID().toString();
        JsonNode start = fixtures.search(buyerApp, "ONDC:RET11", "std:080", transaction,
                "{\"tags\":[{\"code\":\"catalog_inc\",\"list\":[{\"code\":\"mode\",\"value\":\"start\"}]}]}");
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.count("select count(*) from search_subscription "
                + "where bap_id = 'localhost' and transaction_id = $1", transaction) == 1);
        assertTrue(buyerApp.received().isEmpty(), "a subscription is answered by its pushes");

        // Still in stock (5 -> 3) shows no change to buyers (ONDC lists 99 either way); the new price does.
        fixtures.stock(seller, storefront, chutney, 3);
        fixtures.items(List.of(SearchFixtures.item(seller, storefront, dosa, "Rava Dosa", 85)));
        JsonNode pricePush = awaitPushWith(dosa);
        JsonNode provider = only(pricePush.path("message").path("catalog").path("bpp/providers"), storefront);
        assertEquals(Set.of(dosa.toString()), ids(provider.path("items")));
        assertEquals("85.00", SearchFixtures.find(provider.path("items"), dosa).path("price").path("value").asText());

        // Out of stock is a change.
        fixtures.stock(seller, storefront, chutney, 0);
        JsonNode stockPush = awaitPushWith(chutney);
        assertEquals("0", SearchFixtures.find(only(stockPush.path("message").path("catalog").path("bpp/providers"), storefront)
                .path("items"), chutney).path("quantity").path("available").path("count").asText());

        Set<String> messageIds = new HashSet<>();
        for (FakeBuyerApp.Received push : buyerApp.received()) {
            JsonNode body = json.readTree(push.body());
            assertEquals("/ondc/on_search", push.path());
            assertEquals("inc", push.headers().get("x-ondc-search-response"));
            assertEquals(transaction, body.path("context").path("transaction_id").asText());
            assertNotEquals(start.path("message_id").asText(), body.path("context").path("message_id").asText(), "unsolicited");
            assertTrue(messageIds.add(body.path("context").path("message_id").asText()), "a fresh message_id each time");
            assertEquals(List.of(), schemas.problems("on_search", body), "the official on_search schema");
            assertTrue(body.path("message").path("catalog").path("bpp/providers").size() > 0, "never an empty push");
            SignatureHeader header = SignatureHeader.parse(push.authorization()).header().orElseThrow();
            assertTrue(new BecknVerifier(5).verify(header, push.body().getBytes(StandardCharsets.UTF_8),
                    Ed25519Keys.publicKey(FakeBuyerApp.PUBLIC_KEY), Instant.now().getEpochSecond()).ok());
        }

        fixtures.search(buyerApp, "ONDC:RET11", "std:080", transaction,
                "{\"tags\":[{\"code\":\"catalog_inc\",\"list\":[{\"code\":\"mode\",\"value\":\"stop\"}]}]}");
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.count("select count(*) from search_subscription "
                + "where transaction_id = $1", transaction) == 0);
    }

    @Test
    void aMalformedIncrementalSearchIsNacked() {
        for (String list : List.of("[{\"code\":\"mode\",\"value\":\"sometimes\"}]",
                "[{\"code\":\"start_time\",\"value\":\"yesterday\"},{\"code\":\"end_time\",\"value\":\"2026-01-01T00:00:00.000Z\"}]",
                "[{\"code\":\"start_time\",\"value\":\"2026-01-02T00:00:00.000Z\"},{\"code\":\"end_time\",\"value\":\"2026-01-01T00:00:00.000Z\"}]",
                "[{\"code\":\"start_time\",\"value\":\"2026-01-01T00:00:00.000Z\"}]")) {
            byte[] body = ("{\"context\":{\"domain\":\"ONDC:RET11\",\"action\":\"search\",\"core_version\":\"1.2.0\","
                    + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\",\"transaction_id\":\"" + UUID.randomUUID()
                    + "\",\"message_id\":\"" + UUID.randomUUID() + "\",\"city\":\"*\",\"country\":\"IND\",\"timestamp\":\""
                    + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"},"
                    + "\"message\":{\"intent\":{\"tags\":[{\"code\":\"catalog_inc\",\"list\":" + list + "}]}}}").getBytes(StandardCharsets.UTF_8);
            given().body(body).contentType("application/json").header("Authorization", FakeBuyerApp.sign(SearchFixtures.BUYER, body))
                    .post("/search").then().statusCode(400).body("message.ack.status", equalTo("NACK"))
                    .body("error.code", equalTo("30000"));
        }
    }

    private JsonNode awaitPushWith(UUID item) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> pushWith(item) != null);
        return pushWith(item);
    }

    private JsonNode pushWith(UUID item) throws Exception {
        for (FakeBuyerApp.Received push : buyerApp.received()) {
            JsonNode body = json.readTree(push.body());
            for (JsonNode provider : body.path("message").path("catalog").path("bpp/providers")) {
                if (ids(provider.path("items")).contains(item.toString())) {
                    return body;
                }
            }
        }
        return null;
    }

    private static JsonNode only(JsonNode providers, UUID storefront) {
        for (JsonNode provider : providers) {
            if (storefront.toString().equals(provider.path("id").asText())) {
                return provider;
            }
        }
        throw new AssertionError("no provider " + storefront + " in " + providers);
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
