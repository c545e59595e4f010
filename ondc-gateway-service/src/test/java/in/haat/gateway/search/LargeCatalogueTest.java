package in.haat.gateway.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.FakeBuyerApp;
import in.haat.gateway.config.SearchConfig;
import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.Ed25519Keys;
import in.haat.gateway.signing.SignatureHeader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A storefront with 10,000 items answers a search with several signed /on_search pages of one message_id, each a
 * complete schema-valid catalog within the callback size limit, together listing every item once.
 */
@QuarkusTest
class LargeCatalogueTest extends SearchTestBase {

    private static final int ITEMS = 10_000;

    @Inject
    SearchConfig config;

    @Test
    void tenThousandItemsComeInPagesWithinTheSizeLimit() throws Exception {
        String word = "bulk" + UUID.randomUUID().toString().substring(0, 6);
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        fixtures.storefront(SearchFixtures.storefront(seller, storefront));
        // The read model as 10,000 catalogue-item.upserted events would leave it, written directly (faster).
        String template = json.valueToTree(SearchFixtures.item(seller, storefront, UUID.randomUUID(), "template", 100)).toString();
        database.preparedQuery("insert into search_item (storefront_id, catalogue_item_id, name, document, updated_at) "
                + "select $1, id, name, jsonb_set(jsonb_set(cast(cast($2 as text) as jsonb), '{catalogue_item_id}', to_jsonb(cast(id as text))), "
                + "'{catalogue_item_details,name}', to_jsonb(name)), now() from (select gen_random_uuid() as id, "
                + "'Item ' || n || ' " + word + "' as name from generate_series(1, " + ITEMS + ") n) g")
                .execute(Tuple.of(storefront, template)).await().indefinitely();

        long started = System.nanoTime();
        JsonNode context = fixtures.search(buyerApp, "ONDC:RET11", "std:080", UUID.randomUUID().toString(),
                "{\"item\":{\"descriptor\":{\"name\":\"" + word + "\"}}}");
        await().atMost(Duration.ofSeconds(120)).until(() -> itemsReceived() >= ITEMS);
        System.out.printf("search -> last of %d /on_search pages for %,d items: %d ms%n", buyerApp.received().size(), ITEMS,
                (System.nanoTime() - started) / 1_000_000);

        long limit = config.maxCallbackSize().asLongValue();
        Set<String> items = new HashSet<>();
        int listed = 0;
        assertTrue(buyerApp.received().size() > 1, "more than one page");
        for (FakeBuyerApp.Received page : buyerApp.received()) {
            byte[] bytes = page.body().getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= limit, "a page of " + bytes.length + " bytes is within " + limit);
            JsonNode body = json.readTree(bytes);
            assertEquals(context.path("message_id").asText(), body.path("context").path("message_id").asText());
            assertEquals(List.of(), schemas.problems("on_search", body), "each page passes the official schema");
            SignatureHeader header = SignatureHeader.parse(page.authorization()).header().orElseThrow();
            assertTrue(new BecknVerifier(5).verify(header, bytes, Ed25519Keys.publicKey(FakeBuyerApp.PUBLIC_KEY),
                    Instant.now().getEpochSecond()).ok());
            JsonNode provider = body.path("message").path("catalog").path("bpp/providers").get(0);
            assertEquals(storefront.toString(), provider.path("id").asText());
            assertEquals(1, provider.path("locations").size(), "each page's provider is whole");
            for (JsonNode item : provider.path("items")) {
                items.add(item.path("id").asText());
                listed++;
            }
        }
        assertEquals(ITEMS, listed, "no item twice");
        assertEquals(ITEMS, items.size());
    }

    private int itemsReceived() throws Exception {
        int count = 0;
        for (FakeBuyerApp.Received page : buyerApp.received()) {
            for (JsonNode provider : json.readTree(page.body()).path("message").path("catalog").path("bpp/providers")) {
                count += provider.path("items").size();
            }
        }
        return count;
    }
}
