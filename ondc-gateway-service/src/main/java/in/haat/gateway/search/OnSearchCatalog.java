package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds ONDC /on_search catalogs (retail 1.2.x) from Haat's storefronts and catalogue items: each storefront a
 * provider ({@link OnSearchProvider}) with its items ({@link OnSearchItem}), laid out on pages of at most the byte
 * budget ({@link CatalogPages}).
 */
public final class OnSearchCatalog {

    static final String FOOD_AND_BEVERAGES = "ONDC:RET11";

    private final ObjectMapper json;
    private final String bppName;
    private final String npType;
    private final OnSearchProvider providers;
    private final OnSearchItem items;
    private final CatalogPages pages;

    /** {@code npType}: ISN (the seller app is the seller) or MSN (a marketplace of sellers, as Haat is). */
    public OnSearchCatalog(ObjectMapper json, String bppName, String npType) {
        this.json = json;
        this.bppName = bppName;
        this.npType = npType;
        this.providers = new OnSearchProvider(json);
        this.items = new OnSearchItem(json);
        this.pages = new CatalogPages(json);
    }

    /** One storefront and its items (each with its available stock). */
    public record Provider(JsonNode storefront, List<Item> items) {
    }

    /** An item (its catalogue-item document, as JSON text: parsed only while its ONDC item is built) and how many are available. */
    public record Item(String document, int available) {
    }

    /** A storefront's changes in an incremental window: whether it was (un)listed then, and its changed items. */
    public record ProviderChange(JsonNode storefront, boolean listingChanged, boolean listed, Instant listingChangedAt,
            List<ItemChange> items) {
    }

    /** An item as it is now (or was when removed), and when it changed. */
    public record ItemChange(JsonNode document, int available, boolean removed, Instant changedAt) {
    }

    /**
     * The full catalog of these providers for a search in {@code domain}, in pages of at most {@code maxBytes} each
     * (always at least one page). In F&B (RET11) each provider lists its items under its menu.
     */
    public List<ObjectNode> pages(List<Provider> providerList, String domain, Instant now, int maxBytes) {
        boolean foodMenu = FOOD_AND_BEVERAGES.equals(domain);
        List<CatalogPages.Section> sections = new ArrayList<>();
        for (Provider provider : providerList) {
            JsonNode s = provider.storefront();
            String locationId = OnSearchProvider.locationId(s);
            List<String> itemTexts = new ArrayList<>(provider.items().size());
            for (Item item : provider.items()) {
                itemTexts.add(pages.text(items.of(read(item.document()), item.available(), locationId, s.path("pickup_details"), now,
                        "enable", foodMenu ? itemTexts.size() + 1 : 0)));
            }
            sections.add(new CatalogPages.Section(providers.of(s, foodMenu, now), itemTexts));
        }
        return pages.paginate(this::fullCatalog, sections, maxBytes);
    }

    /**
     * An incremental catalog (ONDC: changed items whole, providers disabled or enabled; no new providers or
     * locations), in pages; empty when nothing changed, since ONDC asks for no empty incremental pushes.
     */
    public List<ObjectNode> incrementalPages(List<ProviderChange> changes, int maxBytes) {
        List<CatalogPages.Section> sections = new ArrayList<>();
        for (ProviderChange change : changes) {
            JsonNode s = change.storefront();
            ObjectNode header = json.createObjectNode();
            header.put("id", s.path("storefront_id").asText());
            if (change.listingChanged()) {
                header.putObject("time").put("label", change.listed() ? "enable" : "disable")
                        .put("timestamp", OnSearchProvider.TIMESTAMP.format(change.listingChangedAt()));
            }
            List<String> itemTexts = new ArrayList<>(change.items().size());
            for (ItemChange item : change.items()) {
                itemTexts.add(pages.text(items.of(item.document(), item.available(), OnSearchProvider.locationId(s), s.path("pickup_details"),
                        item.changedAt(), item.removed() ? "disable" : "enable", 0)));
            }
            if (!itemTexts.isEmpty() || change.listingChanged()) {
                sections.add(new CatalogPages.Section(header, itemTexts));
            }
        }
        return sections.isEmpty() ? List.of() : pages.paginate(json::createObjectNode, sections, maxBytes);
    }

    /** A full catalog's own part: the seller app's fulfilment types (delivery only: no flow offers self-pickup yet) and descriptor. */
    private ObjectNode fullCatalog() {
        ObjectNode catalog = json.createObjectNode();
        ArrayNode fulfillments = catalog.putArray("bpp/fulfillments");
        fulfillments.addObject().put("id", "1").put("type", "Delivery");
        ObjectNode descriptor = catalog.putObject("bpp/descriptor");
        descriptor.put("name", bppName);
        descriptor.put("symbol", "https://haat.example/logo.png");
        descriptor.put("short_desc", "Sellers on Haat");
        descriptor.put("long_desc", "Sellers on Haat, an ONDC seller platform");
        descriptor.putArray("images").add("https://haat.example/logo.png");
        ObjectNode terms = descriptor.putArray("tags").addObject().put("code", "bpp_terms");
        terms.putArray("list").addObject().put("code", "np_type").put("value", npType);
        return catalog;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
