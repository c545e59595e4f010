package in.haat.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Our OpenAPI 3.1 documents in the 3.0 dialect that swagger-request-validator checks schemas with. */
final class OpenApi30 {

    private OpenApi30() {
    }

    /**
     * A 3.0 copy of {@code document}. The validator reads a 3.1 schema's {@code type: ["string", "null"]} as no
     * type at all and so checks nothing; the same rule in 3.0 words ({@code type: string, nullable: true}) it does
     * check. Only what SmallRye writes is converted: type lists, {@code examples} lists, numeric exclusive bounds,
     * {@code const}. ({@code anyOf: [{$ref}, {type: null}]}, a nullable reference, the validator checks as it is.)
     */
    static JsonNode of(JsonNode document) {
        JsonNode copy = document.deepCopy();
        convert(copy);
        ((ObjectNode) copy).put("openapi", "3.0.3");
        return copy;
    }

    private static void convert(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() == 1) {
                    object.put("type", named.get(0));
                } else {
                    object.remove("type");
                }
            }
            // A schema's examples is a list in 3.1; 3.0 has one example (media types keep their examples map).
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            for (String[] bound : new String[][] {{"exclusiveMinimum", "minimum"}, {"exclusiveMaximum", "maximum"}}) {
                if (object.has(bound[0]) && object.get(bound[0]).isNumber()) {
                    object.set(bound[1], object.get(bound[0]));
                    object.put(bound[0], true);
                }
            }
            if (object.has("const")) {
                object.set("enum", object.arrayNode().add(object.remove("const")));
            }
            object.elements().forEachRemaining(OpenApi30::convert);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::convert);
        }
    }
}
