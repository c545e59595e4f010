package in.haat.catalogue.rest;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses a bulk call with an item larger than {@code haat.catalogue.max-item-size} (413, naming the item): every
 * accepted item travels as one event, and an event larger than the broker takes (1 MB) would be accepted here and
 * then never published, so the item would never reach inventory or search.
 */
final class ItemSizeLimit {

    private ItemSizeLimit() {
    }

    static void requireEachFits(JsonNode items, long maxBytes) {
        if (items == null || !items.isArray()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            // Text is at most 3 UTF-8 bytes a character: only a possibly large item is measured exactly.
            int size = item.toString().getBytes(StandardCharsets.UTF_8).length;
            if (size > maxBytes) {
                throw new ApiException(413, ErrorCodes.PAYLOAD_TOO_LARGE,
                        "catalogue item [" + i + "] is " + size + " bytes as JSON; an item may be at most " + maxBytes
                                + " bytes (it must fit in one event)",
                        List.of(new ApiError.Detail("[" + i + "]", "is larger than " + maxBytes + " bytes")));
            }
        }
    }
}
