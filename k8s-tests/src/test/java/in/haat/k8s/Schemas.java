package in.haat.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The schemas every rendered object must satisfy, vendored under src/test/resources/schemas (README there): the
 * Kubernetes API's definitions (from its OpenAPI document), and Strimzi's, CloudNativePG's and Prometheus
 * Operator's CRD schemas. Unknown fields are errors, as with {@code kubectl apply --validate=strict}.
 */
final class Schemas {

    private final Map<String, JsonSchema> byApiVersionAndKind = new HashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    Schemas() {
        ObjectNode kubernetes = (ObjectNode) read("schemas/kubernetes.json");
        ObjectNode definitions = (ObjectNode) kubernetes.get("definitions");
        definitions.forEach(Schemas::strict);
        definitions.properties().forEach(definition -> {
            for (JsonNode gvk : definition.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty() ? gvk.path("version").asText() : group + "/" + gvk.path("version").asText();
                ObjectNode schema = Manifests.JSON.createObjectNode();
                schema.put("$ref", "#/definitions/" + definition.getKey());
                schema.set("definitions", definitions);
                byApiVersionAndKind.put(apiVersion + " " + gvk.path("kind").asText(), factory.getSchema(schema));
            }
        });
    }

    /** What is wrong with the object; empty if it is valid. An object of a kind no schema knows is wrong too. */
    List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        JsonSchema schema = byApiVersionAndKind.computeIfAbsent(apiVersion + " " + kind, key -> customResource(apiVersion, kind));
        if (schema == null) {
            return List.of(Manifests.name(object) + ": no schema for " + apiVersion + " " + kind);
        }
        return schema.validate(object).stream().map(ValidationMessage::getMessage)
                .map(message -> Manifests.name(object) + ": " + message).sorted().toList();
    }

    private JsonSchema customResource(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String path = "schemas/" + apiVersion.substring(0, slash) + "/" + kind.toLowerCase() + "_" + apiVersion.substring(slash + 1) + ".json";
        if (Schemas.class.getClassLoader().getResource(path) == null) {
            return null;
        }
        JsonNode schema = read(path);
        strict(schema);
        return factory.getSchema(schema);
    }

    /** Objects with declared properties accept no others (unless the schema says it preserves unknown fields). */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                strict(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(Schemas::strict);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            return Manifests.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
