package in.haat.gateway.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A fake buyer app searches: catalogue and stock events build the gateway's read model, a signed /search is
 * ACKed, and the signed /on_search that follows passes the official schema and lists what matched, in the
 * search's city and domain only.
 */
@QuarkusTest
class DiscoveryTest extends SearchTestBase {

    @Test
    void aSearchGetsASignedSchemaValidOnSearchWithWhatMatched() throws Exception {
        String word = "dosa" + UUID.randomUUID().toString().substring(0, 6);
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        UUID masala = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        UUID coffee = UUID.randomUUID();
        Map<String, Object> store = SearchFixtures.storefront(seller, storefront);
        store.put("holidays", List.of("2026-12-25", "not a date", "2027-01-26"));
        fixtures.storefront(store);
        fixtures.items(List.of(SearchFixtures.item(seller, storefront, masala, "Masala " + word, 110),
                SearchFixtures.item(seller, storefront, plain, "Plain " + word, 90),
                SearchFixtures.item(seller, storefront, coffee, "Filter Coffee", 40)));
        fixtures.stock(seller, storefront, plain, 0);

        JsonNode context = fixtures.search(buyerApp, "ONDC:RET11", "std:080", UUID.randomUUID().toString(),
                "{\"item\":{\"descriptor\":{\"name\":\"" + word + "\"}},"
                        + "\"fulfillment\":{\"type\":\"Delivery\",\"end\":{\"location\":{\"gps\":\"12.9750,77.6400\"}}}}");

        await().atMost(Duration.ofSeconds(30)).until(() -> !buyerApp.received().isEmpty());
        FakeBuyerApp.Received received = buyerApp.received().get(0);
        JsonNode callback = json.readTree(received.body());
        assertEquals(List.of(), schemas.problems("on_search", callback), "the official on_search schema");
        SignatureHeader header = SignatureHeader.parse(received.authorization()).header().orElseThrow();
        assertTrue(new BecknVerifier(5).verify(header, received.body().getBytes(StandardCharsets.UTF_8),
                Ed25519Keys.publicKey(FakeBuyerApp.PUBLIC_KEY), Instant.now().getEpochSecond()).ok());
        assertEquals(context.path("message_id").asText(), callback.path("context").path("message_id").asText());
        assertEquals("on_search", callback.path("context").path("action").asText());
        assertEquals("full", received.headers().get("x-ondc-search-response"));

        JsonNode providers = callback.path("message").path("catalog").path("bpp/providers");
        assertEquals(1, providers.size());
        JsonNode provider = providers.get(0);
        assertEquals(storefront.toString(), provider.path("id").asText());
        assertEquals(2, provider.path("items").size(), "the coffee does not match");
        JsonNode masalaItem = SearchFixtures.find(provider.path("items"), masala);
        assertEquals("110.00", masalaItem.path("price").path("value").asText());
        assertEquals("130.00", masalaItem.path("price").path("maximum_value").asText());
        assertEquals("99", masalaItem.path("quantity").path("available").path("count").asText());
        assertEquals("10", masalaItem.path("quantity").path("maximum").path("count").asText(), "the per-order cap, not the stock");
        JsonNode plainItem = SearchFixtures.find(provider.path("items"), plain);
        assertEquals("0", plainItem.path("quantity").path("available").path("count").asText());
        assertEquals("10", plainItem.path("quantity").path("maximum").path("count").asText(), "positive even when out of stock");
        assertEquals("PT1H", masalaItem.path("@ondc/org/time_to_ship").asText());
        assertEquals("F&B", masalaItem.path("category_id").asText());

        JsonNode time = provider.path("locations").get(0).path("time");
        assertEquals("1,2,3", time.path("days").asText());
        assertEquals(List.of("2026-12-25", "2027-01-26"), strings(time.path("schedule").path("holidays")));
        assertEquals("0800", time.path("range").path("start").asText());
        assertEquals("2200", time.path("range").path("end").asText());
        JsonNode timing = tag(provider.path("tags"), "timing");
        assertEquals(Map.of("type", "All", "location", "L-" + storefront, "day_from", "1", "day_to", "3", "time_from", "0800",
                "time_to", "2200"), values(timing));
    }

    @Test
    void aSearchListsOnlyStorefrontsOfItsCityAndDomain() throws Exception {
        String word = "idli" + UUID.randomUUID().toString().substring(0, 6);
        UUID seller = UUID.randomUUID();
        // Bengaluru by its city name only (an older event), Delhi by the city_code catalogue-service now sends
        // (its pickup city says otherwise, and the code wins), a Bengaluru grocer, and a storefront in a town
        // the table does not know.
        UUID bengaluru = UUID.randomUUID();
        UUID delhi = UUID.randomUUID();
        UUID grocer = UUID.randomUUID();
        UUID unknownTown = UUID.randomUUID();
        fixtures.storefront(SearchFixtures.storefront(seller, bengaluru));
        Map<String, Object> delhiStore = SearchFixtures.storefront(seller, delhi);
        delhiStore.put("city_code", "std:011");
        delhiStore.put("name", "Asha Stores, Saket");
        fixtures.storefront(delhiStore);
        Map<String, Object> grocerStore = SearchFixtures.storefront(seller, grocer);
        grocerStore.put("categories", List.of("Grocery"));
        grocerStore.put("name", "Asha Grocers");
        fixtures.storefront(grocerStore);
        Map<String, Object> townStore = SearchFixtures.storefront(seller, unknownTown);
        townStore.put("pickup_details", Map.of("pickup_city", "Hosakote", "pickup_lat", 13.07, "pickup_long", 77.79,
                "pickup_pincode", "562114"));
        townStore.put("domains", List.of("ONDC:RET11"));
        townStore.put("name", "Hosakote Tiffins");
        fixtures.storefront(townStore);
        List<Map<String, Object>> items = new ArrayList<>();
        for (UUID storefront : List.of(bengaluru, delhi, grocer, unknownTown)) {
            items.add(SearchFixtures.item(seller, storefront, UUID.randomUUID(), "Idli " + word, 50));
        }
        fixtures.items(items);

        assertEquals(Set.of(bengaluru.toString()), providersFound("ONDC:RET11", "std:080", word));
        assertEquals(Set.of(delhi.toString()), providersFound("ONDC:RET11", "std:011", word));
        assertEquals(Set.of(grocer.toString()), providersFound("ONDC:RET10", "std:080", word));
        // A search of every city is answered city by city: each /on_search names its providers' city, never "*"; the
        // storefront whose town has no code is named by haat.search.home-city (std:080 by default).
        assertEquals(Map.of("std:080", Set.of(bengaluru.toString(), unknownTown.toString()), "std:011", Set.of(delhi.toString())),
                providersByCity("ONDC:RET11", word, 3));
        assertEquals(Set.of(), providersFound("ONDC:RET12", "*", word));
    }

    @Test
    void aBuyerOutsideTheRadiusIsNotServed() {
        JsonNode storefront = json.valueToTree(SearchFixtures.storefront(UUID.randomUUID(), UUID.randomUUID()));
        assertTrue(SearchResponder.serves(storefront, new double[] {12.975, 77.64}));
        assertTrue(!SearchResponder.serves(storefront, new double[] {28.5273, 77.1821}), "Delhi is not within 10 km of Bengaluru");
    }

    private Set<String> providersFound(String domain, String city, String word) throws Exception {
        int before = buyerApp.received().size();
        fixtures.search(buyerApp, domain, city, UUID.randomUUID().toString(), "{\"item\":{\"descriptor\":{\"name\":\"" + word + "\"}}}");
        await().atMost(Duration.ofSeconds(30)).until(() -> buyerApp.received().size() > before);
        JsonNode callback = json.readTree(buyerApp.received().get(before).body());
        assertEquals(List.of(), schemas.problems("on_search", callback), "the official on_search schema");
        Set<String> ids = new HashSet<>();
        callback.path("message").path("catalog").path("bpp/providers").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    /** The providers of every /on_search answering one search of every city, by the city its context names. */
    private Map<String, Set<String>> providersByCity(String domain, String word, int expected) throws Exception {
        String transaction = UUID.randomUUID().toString();
        Map<String, Set<String>> byCity = new java.util.TreeMap<>();
        fixtures.search(buyerApp, domain, "*", transaction, "{\"item\":{\"descriptor\":{\"name\":\"" + word + "\"}}}");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            byCity.clear();
            for (var received : buyerApp.received()) {
                JsonNode callback = json.readTree(received.body());
                if (transaction.equals(callback.at("/context/transaction_id").asText())) {
                    assertEquals(List.of(), schemas.problems("on_search", callback), "the official on_search schema");
                    callback.path("message").path("catalog").path("bpp/providers").forEach(p -> byCity
                            .computeIfAbsent(callback.at("/context/city").asText(), c -> new HashSet<>()).add(p.path("id").asText()));
                }
            }
            return byCity.values().stream().mapToInt(Set::size).sum() >= expected;
        });
        return byCity;
    }

    private static JsonNode tag(JsonNode tags, String code) {
        for (JsonNode tag : tags) {
            if (code.equals(tag.path("code").asText())) {
                return tag;
            }
        }
        throw new AssertionError("no " + code + " tag in " + tags);
    }

    private static Map<String, String> values(JsonNode tag) {
        Map<String, String> values = new java.util.HashMap<>();
        tag.path("list").forEach(v -> values.put(v.path("code").asText(), v.path("value").asText()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
