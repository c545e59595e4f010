package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lays a catalog out on /on_search pages of at most a byte budget each: every page is a complete catalog (what the
 * supplier makes: the bpp descriptor and fulfilments, or nothing for an incremental one) with each provider it lists
 * whole and a share of that provider's items, in order; a provider's items continue on the next page under a copy
 * of the provider. A page holds at least one item, so an item larger than the budget still goes out, alone.
 */
public final class CatalogPages {

    /** What a page's context and wrapping add to the catalog itself, with room to spare. */
    static final int ENVELOPE_BYTES = 2_048;

    private final ObjectMapper json;

    public CatalogPages(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A provider (without items) and its items, to be laid out on pages. Items are kept as their JSON text, not
     * trees: a 10,000-item catalogue then takes a few MB of heap while it is built instead of tens.
     */
    public record Section(ObjectNode provider, List<String> items) {
    }

    /** The pages ({@code {"catalog": ...}} messages), always at least one. */
    public List<ObjectNode> paginate(Supplier<ObjectNode> newCatalog, List<Section> sections, int maxBytes) {
        List<ObjectNode> pages = new ArrayList<>();
        Page page = new Page(newCatalog.get());
        for (Section section : sections) {
            int headerBytes = bytes(section.provider()) + 16;
            if (page.providers.size() > 0 && page.bytes + headerBytes > maxBytes) {
                pages.add(page.message());
                page = new Page(newCatalog.get());
            }
            ArrayNode items = page.add(section.provider().deepCopy(), headerBytes);
            int onThisPage = 0;
            for (String item : section.items()) {
                int itemBytes = item.getBytes(StandardCharsets.UTF_8).length + 1;
                if (onThisPage > 0 && page.bytes + itemBytes > maxBytes) {
                    pages.add(page.message());
                    page = new Page(newCatalog.get());
                    items = page.add(section.provider().deepCopy(), headerBytes);
                    onThisPage = 0;
                }
                items.addRawValue(new RawValue(item));
                page.bytes += itemBytes;
                onThisPage++;
            }
        }
        pages.add(page.message());
        return pages;
    }

    /** The node as JSON text, for a {@link Section}'s items. */
    public String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One callback's catalog being filled. */
    private final class Page {
        private final ObjectNode catalog;
        private final ArrayNode providers;
        private int bytes;

        Page(ObjectNode catalog) {
            this.catalog = catalog;
            this.providers = catalog.putArray("bpp/providers");
            this.bytes = ENVELOPE_BYTES + bytes(catalog);
        }

        ArrayNode add(ObjectNode provider, int providerBytes) {
            ArrayNode items = provider.putArray("items");
            providers.add(provider);
            bytes += providerBytes;
            return items;
        }

        ObjectNode message() {
            ObjectNode message = json.createObjectNode();
            message.set("catalog", catalog);
            return message;
        }
    }

    /** The node's size as sent (UTF-8), counted while Jackson writes it rather than kept. */
    int bytes(JsonNode node) {
        CountingStream counter = new CountingStream();
        try {
            json.writeValue(counter, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    /** Counts what is written to it, and keeps nothing. */
    private static final class CountingStream extends OutputStream {
        private int count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
