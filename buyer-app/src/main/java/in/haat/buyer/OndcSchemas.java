package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official ONDC retail OpenAPI (1.2.0 and 1.2.5, copied unchanged from ONDC's published specs into
 * resources/ondc/): a callback is checked against the request body schema of its path (/on_select, ...) for its
 * context's core_version, the way ONDC's validators and the gateway apply it (networknt, OpenAPI 3.0 mode).
 */
public final class OndcSchemas {

    private static final Map<String, String> SPEC_BY_VERSION = Map.of(
            "1.2.0", "classpath:ondc/retail-1.2.0-openapi.yaml",
            "1.2.5", "classpath:ondc/retail-1.2.5-openapi.yaml");

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** The schema problems of {@code body} as the body of {@code action} (on_select, ...), as "path: message"; empty if valid. */
    public List<String> problems(String action, JsonNode body) {
        String version = body.path("context").path("core_version").asText();
        String spec = SPEC_BY_VERSION.get(version);
        if (spec == null) {
            return List.of("context.core_version " + version + " is not one of " + SPEC_BY_VERSION.keySet());
        }
        JsonSchema schema = schemas.computeIfAbsent(version + " " + action, key -> {
            JsonSchema compiled = factory.getSchema(
                    SchemaLocation.of(spec + "#/paths/~1" + action + "/post/requestBody/content/application~1json/schema"), config);
            compiled.initializeValidators();
            return compiled;
        });
        return schema.validate(body).stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted().toList();
    }
}
