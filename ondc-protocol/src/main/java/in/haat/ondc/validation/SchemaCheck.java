package in.haat.ondc.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InvalidSchemaRefException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the request-body schema of a path of ONDC's OpenAPI to a message, the way the network reads it: a broken
 * structure (a required field missing, a wrong type, a value out of range) is an error; an extra field, an enum
 * value the spec does not list, a format or pattern miss are warnings; an enum value that differs only in case
 * ({@code percent} for {@code Percent}) is no finding at all. Each schema is compiled twice, as published and with
 * those four keywords taken out: the second decides the errors, so a stale enum inside a structure never refuses it.
 * A path's schema is compiled on its first message (tens of milliseconds; the loosened one only when a message breaks
 * the published one): all of them at once cost ~3.4 CPU-s and ~100 MB of heap (issue 15).
 * Thread-safe; checking is CPU work, so callers on an event loop run it on a worker.
 */
public final class SchemaCheck {

    private static final Set<String> WARNING_TYPES = Set.of("additionalProperties", "enum", "format", "pattern");
    private static final Pattern PROPERTY_TYPE = Pattern.compile("(.*)/properties/([^/]+)/type");
    private static final String BASE = "https://schemas.haat.in/ondc/";
    /**
     * Fields ONDC's log validator requires where its published OpenAPI closes the object: no finding, so the strict
     * checks of what we send do not flag what the network asks for (docs/conformance.md lists each).
     */
    private static final Map<OndcSpec, Set<String>> NETWORK_FIELDS = Map.of(
            OndcSpec.RETAIL_1_2_5, Set.of("@ondc/org/state_updated_at"));

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();
    /** Each spec's loosened tree by its IRI (made on first need), also to tell whether a mistyped field is required. */
    private final Map<String, JsonNode> trees = new ConcurrentHashMap<>();

    public SchemaCheck() {
        // The factory asks for a spec's text when a schema of it is first compiled: nothing is read or parsed before.
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(this::text)));
    }

    /** The text of a spec IRI of ours (published YAML, or loosened JSON), or null for any other IRI. */
    private String text(String iri) {
        for (OndcSpec spec : OndcSpec.values()) {
            if (iri.equals(BASE + "published/" + spec.file())) {
                return SpecTexts.read(spec.file());
            }
            if (iri.equals(looseIri(spec))) {
                return looseTree(iri).toString();
            }
        }
        return null;
    }

    private JsonNode looseTree(String iri) {
        return trees.computeIfAbsent(iri, key -> SpecTexts.loosen(SpecTexts.read(
                key.substring((BASE + "loose/").length(), key.length() - ".json".length()))));
    }

    private static String looseIri(OndcSpec spec) {
        return BASE + "loose/" + spec.file() + ".json";
    }

    private static boolean networkField(OndcSpec spec, ValidationMessage m) {
        return "additionalProperties".equals(m.getType()) && NETWORK_FIELDS.getOrDefault(spec, Set.of()).contains(m.getProperty());
    }

    /** True if the spec has a path for the action (the published specs have none for /rating). */
    public boolean covers(OndcSpec spec, String action) {
        return schema(spec, action, false).isPresent();
    }

    /** The findings of the action's schema in the spec on a whole message (context and message). */
    public ValidationResult check(OndcSpec spec, String action, JsonNode body) {
        Optional<JsonSchema> published = schema(spec, action, false);
        if (published.isEmpty()) {
            return ValidationResult.valid();
        }
        List<Problem> warnings = new ArrayList<>();
        boolean structural = false;
        for (ValidationMessage m : sorted(published.get().validate(body))) {
            if (!WARNING_TYPES.contains(m.getType())) {
                structural = true;
            } else if (!("enum".equals(m.getType()) && differsOnlyInCase(m)) && !networkField(spec, m)) {
                warnings.add(Problem.warning(Problem.JSON_SCHEMA_ERROR, m.getInstanceLocation().toString(), m.getMessage()));
            }
        }
        List<Problem> errors = new ArrayList<>();
        if (structural) {
            for (ValidationMessage m : sorted(schema(spec, action, true).orElseThrow().validate(body))) {
                if ("type".equals(m.getType()) && scalarForText(m)) {
                    warnings.add(Problem.warning(Problem.JSON_SCHEMA_ERROR, m.getInstanceLocation().toString(),
                            m.getMessage() + " (read as its text)"));
                } else if ("type".equals(m.getType()) && optional(m)) {
                    warnings.add(Problem.warning(Problem.JSON_SCHEMA_ERROR, m.getInstanceLocation().toString(),
                            m.getMessage() + " (an optional field: read as absent)"));
                } else {
                    errors.add(Problem.schema(m.getInstanceLocation().toString(), m.getMessage()));
                }
            }
        }
        return new ValidationResult(errors, warnings);
    }

    /**
     * Every finding (errors, then warnings) of a message against the spec of its own {@code context.core_version},
     * as "path: message"; empty only if it matches the spec. For tests and the buyer app's callback checks.
     */
    public List<String> problems(String action, JsonNode body) {
        Optional<OndcSpec> spec = OndcSpec.of(action, body.path("context"));
        if (spec.isEmpty()) {
            return List.of("context.core_version " + body.path("context").path("core_version").asText() + " is no version we speak");
        }
        return check(spec.get(), action, body).problems();
    }

    private Optional<JsonSchema> schema(OndcSpec spec, String action, boolean loose) {
        String iri = loose ? looseIri(spec) : BASE + "published/" + spec.file();
        return schemas.computeIfAbsent(iri + " " + action, key -> {
            try {
                JsonSchema schema = factory.getSchema(SchemaLocation.of(iri + "#/paths/~1" + action
                        + "/post/requestBody/content/application~1json/schema"), config);
                schema.initializeValidators();
                return Optional.of(schema);
            } catch (InvalidSchemaRefException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * True if a wrongly typed value is an optional property of its object and not a list: the message works without
     * it, so it is no reason to refuse (ONDC's own search example carries the end address as a list where the spec has
     * an object). A required property, a list (items, fulfillments: what a flow iterates) or a list element of the
     * wrong type still refuses the message.
     */
    private boolean optional(ValidationMessage m) {
        if (m.getSchemaNode() == null || "array".equals(m.getSchemaNode().asText())) {
            return false;
        }
        String location = m.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        Matcher property = PROPERTY_TYPE.matcher(hash < 0 ? "" : location.substring(hash + 1));
        JsonNode tree = trees.get(location.substring(0, Math.max(hash, 0)));  // made when its schema was compiled
        if (tree == null || !property.matches()) {
            return false;
        }
        JsonNode parent = tree.at(property.group(1));
        String name = property.group(2).replace("~1", "/").replace("~0", "~");
        if (parent.isMissingNode()) {
            return false;
        }
        for (JsonNode required : parent.path("required")) {
            if (required.asText().equals(name)) {
                return false;
            }
        }
        return true;
    }

    /** A number or true/false where the spec has text, as ONDC's examples write amounts and tag values: still readable. */
    private static boolean scalarForText(ValidationMessage m) {
        JsonNode value = m.getInstanceNode();
        return value != null && (value.isNumber() || value.isBoolean()) && m.getSchemaNode() != null
                && "string".equals(m.getSchemaNode().asText());
    }

    private static boolean differsOnlyInCase(ValidationMessage m) {
        JsonNode value = m.getInstanceNode();
        JsonNode allowed = m.getSchemaNode();
        if (value == null || !value.isTextual() || allowed == null || !allowed.isArray()) {
            return false;
        }
        for (JsonNode option : allowed) {
            if (option.isTextual() && option.asText().equalsIgnoreCase(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<ValidationMessage> sorted(Set<ValidationMessage> messages) {
        return messages.stream().sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getMessage)).toList();
    }
}
