package in.haat.ondc.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The ONDC spec files as read from the classpath: as published, and loosened to their structure alone. */
final class SpecTexts {

    private static final Set<String> LOOSENED = Set.of("enum", "format", "pattern");

    private SpecTexts() {
    }

    /** The spec as JSON without enum, format, pattern and closed objects: the structure alone. */
    static JsonNode loosen(String yaml) {
        try {
            ObjectNode tree = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(yaml);
            loosenSchema(tree);
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void loosenSchema(ObjectNode node) {
        node.remove(LOOSENED);
        if (node.path("additionalProperties").isBoolean()) {
            node.remove("additionalProperties");
        }
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            boolean names = "properties".equals(field.getKey()) || "schemas".equals(field.getKey());
            if (value.isObject() && names) {
                value.forEach(child -> {
                    if (child.isObject()) {
                        loosenSchema((ObjectNode) child);
                    }
                });
            } else if (value.isObject() && !"example".equals(field.getKey()) && !"examples".equals(field.getKey())) {
                loosenSchema((ObjectNode) value);
            } else if (value.isArray()) {
                value.forEach(child -> {
                    if (child.isObject()) {
                        loosenSchema((ObjectNode) child);
                    }
                });
            }
        });
    }

    static String read(String file) {
        try (InputStream in = SpecTexts.class.getResourceAsStream("/ondc/" + file)) {
            if (in == null) {
                throw new IllegalStateException("ondc/" + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
