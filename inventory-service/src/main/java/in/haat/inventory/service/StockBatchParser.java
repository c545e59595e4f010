package in.haat.inventory.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.inventory.StockLevel;
import in.haat.inventory.mapping.StockBatchItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads the items of a stock batch one by one: a batch is a JSON array, not validated as a whole, so that one bad
 * item is reported in its own result while the others are applied. Pure: no database, no event loop concern.
 */
final class StockBatchParser {

    private final ObjectMapper json;

    StockBatchParser(ObjectMapper json) {
        this.json = json;
    }

    /** One batch item as read, or why it cannot be applied. */
    record Parsed(int index, StockBatchItem item, ApiException problem) {
    }

    /** Reads item {@code index} of a batch and checks what its annotations would check on a single request. */
    Parsed parse(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Parsed(index, null, StockProblems.invalid("the item must be a JSON object", List.of()));
        }
        StockBatchItem item;
        try {
            item = json.treeToValue(node, StockBatchItem.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() : null;
            UUID id = node.hasNonNull("catalogue_item_id") ? uuidOrNull(node.get("catalogue_item_id").asText()) : null;
            return new Parsed(index, new StockBatchItem(id, null, null, null, null, null, null, null),
                    StockProblems.invalid("the item is invalid", List.of(new ApiError.Detail(field, "has an invalid value"))));
        }
        List<ApiError.Detail> problems = new ArrayList<>();
        if (item.catalogueItemId() == null) {
            problems.add(new ApiError.Detail("catalogue_item_id", "must not be null"));
        }
        if ((item.quantity() == null) == (item.delta() == null)) {
            problems.add(new ApiError.Detail(null, "exactly one of quantity (set) and delta (adjust) must be given"));
        }
        if (item.quantity() != null && (item.quantity() < 0 || item.quantity() > StockLevel.MAX_QUANTITY)) {
            problems.add(new ApiError.Detail("quantity", "must be from 0 to " + StockLevel.MAX_QUANTITY));
        }
        if (item.delta() != null) {
            if (item.delta() == 0 || Math.abs((long) item.delta()) > StockLevel.MAX_QUANTITY) {
                problems.add(new ApiError.Detail("delta", "must be a non-zero number from -" + StockLevel.MAX_QUANTITY
                        + " to " + StockLevel.MAX_QUANTITY));
            }
            if (item.reason() == null || item.reason().isBlank() || item.reason().length() > 200) {
                problems.add(new ApiError.Detail("reason", "must be 1 to 200 characters for a delta"));
            }
        }
        if (item.unitValue() != null && (item.unitValue() <= 0 || item.unitValue() > StockLevel.MAX_QUANTITY)) {
            problems.add(new ApiError.Detail("unit_value", "must be greater than 0"));
        }
        if (item.expectedOnHand() != null && item.expectedOnHand() < 0) {
            problems.add(new ApiError.Detail("expected_on_hand", "must be greater than or equal to 0"));
        }
        if (item.reference() != null && item.reference().length() > 200) {
            problems.add(new ApiError.Detail("reference", "size must be between 0 and 200"));
        }
        return new Parsed(index, item, problems.isEmpty() ? null : StockProblems.invalid("the item is invalid", problems));
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(Objects.requireNonNull(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
