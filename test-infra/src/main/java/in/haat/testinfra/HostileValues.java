package in.haat.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Malformed and boundary values for {@link NoServerErrorsContract}: what a fuzzer would try first. */
final class HostileValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT = List.of("", " ", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "-1", "0", "9223372036854775808", "1e400", "NaN", "true", "null", "[]", "{}", "x".repeat(3000),
            "\u0000", "a\u0000b", "\ud800", "../../etc/passwd", "' or 1=1 --", "%", "%ZZ", "\u00e9\u4e2d\ud83d\ude00",
            "2026-13-45T25:61:61Z", "P1000Y", "<script>");

    /** Authorization headers no caller should get past; null sends none. */
    private static final List<String> BAD_AUTHORIZATION = java.util.Arrays.asList(null, "", "Bearer", "Bearer ", "Bearer .",
            "Bearer a..b", "Bearer not-a-jwt", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer " + "x".repeat(4000),
            "Basic Zm9vOmJhcg==", "Bearer eyJ.eyJ.sig extra");

    private HostileValues() {
    }

    static String badAuthorization(Random random) {
        return BAD_AUTHORIZATION.get(random.nextInt(BAD_AUTHORIZATION.size()));
    }

    static String fillPath(String template, Random random) {
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                path.append(template.substring(i));
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, i, open);
            path.append(random.nextInt(3) == 0 ? UUID.randomUUID().toString() : encode(pick(TEXT, random)));
            i = close + 1;
        }
        return path.toString();
    }

    static String query(JsonNode parameters, Random random) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asText()) && random.nextBoolean()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asText()).append('=')
                        .append(encode(pick(TEXT, random)));
            }
        }
        return query.toString();
    }

    static String body(JsonNode requestBody, JsonNode document, Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return pick(List.of("", "{", "null", "[]", "{}", "\"x\"", "1e400", "{\"a\":1}{\"b\":2}", "[".repeat(5000)), random);
            case 1:
                return "{\"a\":\"" + "y".repeat(200_000) + "\"}";
            default:
                JsonNode schema = resolve(requestBody.path("content").path("application/json").path("schema"), document);
                return mutate(schema, document, random, 0).toString();
        }
    }

    /** A value shaped like the schema, with every leaf replaced by a hostile one of a random type. */
    private static JsonNode mutate(JsonNode schema, JsonNode document, Random random, int depth) {
        schema = resolve(schema, document);
        if (depth > 6) {
            return JSON.getNodeFactory().nullNode();
        }
        if (schema.has("properties") || "object".equals(schema.path("type").asText())) {
            ObjectNode object = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (random.nextInt(5) != 0) {
                    object.set(property.getKey(), mutate(property.getValue(), document, random, depth + 1));
                }
            }
            if (random.nextInt(4) == 0) {
                object.set("unexpected_field", leaf(random));
            }
            return object;
        }
        if ("array".equals(schema.path("type").asText())) {
            ArrayNode array = JSON.createArrayNode();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                array.add(mutate(schema.path("items"), document, random, depth + 1));
            }
            return array;
        }
        return leaf(random);
    }

    private static JsonNode leaf(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> JSON.getNodeFactory().numberNode(random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE);
            case 1 -> JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400"));
            case 2 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 3 -> JSON.getNodeFactory().nullNode();
            case 4 -> JSON.createArrayNode().add("x");
            case 5 -> JSON.getNodeFactory().numberNode(-1);
            default -> JSON.getNodeFactory().textNode(pick(TEXT, random));
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return resolve(schema.get("allOf").get(0), document);
        }
        if (schema.has("oneOf") && schema.get("oneOf").size() > 0) {
            return resolve(schema.get("oneOf").get(0), document);
        }
        return schema;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
