package in.haat.gateway.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Catalog paging: every page within the budget and a complete catalog, every item once and in order. */
class CatalogPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CatalogPages pages = new CatalogPages(JSON);

    @Test
    void itemsAreSpreadOverPagesWithinTheBudgetEachUnderItsProviderInOrder() throws Exception {
        List<CatalogPages.Section> sections = List.of(section("P1", 120), section("P2", 5), section("P3", 60));
        int budget = 8_000;

        List<JsonNode> result = sent(pages.paginate(this::catalog, sections, budget));

        assertTrue(result.size() > 2, "a catalog this large needs several pages: " + result.size());
        List<String> seen = new ArrayList<>();
        for (JsonNode page : result) {
            JsonNode catalog = page.path("catalog");
            assertTrue(JSON.writeValueAsBytes(page).length + CatalogPages.ENVELOPE_BYTES <= budget + 64,
                    "a page stays within the budget");
            assertEquals("Haat", catalog.at("/bpp~1descriptor/name").asText(), "each page is a complete catalog");
            for (JsonNode provider : catalog.path("bpp/providers")) {
                assertEquals(provider.path("id").asText() + " store", provider.at("/descriptor/name").asText(),
                        "a provider is listed whole on every page its items are on");
                assertTrue(provider.path("items").size() > 0);
                provider.path("items").forEach(item -> seen.add(provider.path("id").asText() + "/" + item.path("id").asText()));
            }
        }
        List<String> expected = new ArrayList<>();
        for (CatalogPages.Section section : sections) {
            IntStream.range(0, section.items().size()).forEach(i -> expected.add(section.provider().path("id").asText() + "/i" + i));
        }
        assertEquals(expected, seen, "every item exactly once, in order");
    }

    @Test
    void anItemLargerThanTheBudgetGoesOutAloneAndAnEmptyCatalogIsOnePage() {
        String huge = "{\"id\":\"i0\",\"descriptor\":{\"name\":\"" + "x".repeat(5_000) + "\"}}";
        List<JsonNode> result = sent(pages.paginate(this::catalog,
                List.of(new CatalogPages.Section(provider("P1"), List.of(huge, "{\"id\":\"i1\"}"))), 3_000));
        assertEquals(2, result.size());
        assertEquals(1, result.get(0).at("/catalog/bpp~1providers/0/items").size());
        assertEquals("i1", result.get(1).at("/catalog/bpp~1providers/0/items/0/id").asText());

        List<ObjectNode> empty = pages.paginate(this::catalog, List.of(), 3_000);
        assertEquals(1, empty.size());
        assertEquals(0, empty.get(0).at("/catalog/bpp~1providers").size());
    }

    /** The pages as a buyer app reads them (items are laid in as raw JSON text, as they are sent). */
    private static List<JsonNode> sent(List<ObjectNode> pages) {
        return pages.stream().map(page -> {
            try {
                return JSON.readTree(JSON.writeValueAsString(page));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private ObjectNode catalog() {
        ObjectNode catalog = JSON.createObjectNode();
        catalog.putObject("bpp/descriptor").put("name", "Haat");
        return catalog;
    }

    private static ObjectNode provider(String id) {
        ObjectNode provider = JSON.createObjectNode().put("id", id);
        provider.putObject("descriptor").put("name", id + " store");
        return provider;
    }

    private static CatalogPages.Section section(String id, int items) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            texts.add("{\"id\":\"i" + i + "\",\"descriptor\":{\"name\":\"item " + i + " of " + id + "\",\"long_desc\":\"" + "y".repeat(100) + "\"}}");
        }
        return new CatalogPages.Section(provider(id), texts);
    }
}
