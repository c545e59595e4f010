package in.haat.ondc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads a JSON tree into a beckn record and writes a record back as a tree, with one plain Jackson mapper. */
public final class OndcJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OndcJson() {
    }

    /** The tree as a {@code type}; null for null, a missing node or JSON null. */
    public static <T> T read(JsonNode tree, Class<T> type) {
        return tree == null || tree.isMissingNode() || tree.isNull() ? null : MAPPER.convertValue(tree, type);
    }

    /** The record as a tree (an object for a record). */
    public static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Any value as JSON: a list as an array, a record or map as an object. */
    public static JsonNode node(Object value) {
        return MAPPER.valueToTree(value);
    }
}
