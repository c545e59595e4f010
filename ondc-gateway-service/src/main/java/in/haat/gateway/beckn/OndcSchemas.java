package in.haat.gateway.beckn;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request schemas of ONDC's official retail OpenAPI (1.2.0 and 1.2.5, as published), applied to a beckn
 * message by its action and core_version: what the network's validators check, checked by us first.
 */
@jakarta.enterprise.context.ApplicationScoped
public class OndcSchemas {

    private static final Map<String, String> SPEC_BY_VERSION = Map.of(
            "1.2.0", "classpath:ondc/retail-1.2.0-openapi.yaml",
            "1.2.5", "classpath:ondc/retail-1.2.5-openapi.yaml",
            // IGM 1.0.0 paths are published inside the retail specs.
            "1.0.0", "classpath:ondc/retail-1.2.0-openapi.yaml");

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** Compiles every request schema at start, so no buyer request pays for reading the specs. */
    void warmUp(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent startup) {
        for (String version : List.of("1.2.0", "1.2.5")) {
            for (String action : ContextRules.ACTIONS) {
                if (!action.startsWith("issue")) {
                    schema(action, version);
                }
            }
        }
    }

    /** The schema problems of {@code body} for {@code action} (search, on_search, ...), as "path: message". */
    public List<String> problems(String action, JsonNode body) {
        String version = body.path("context").path("core_version").asText();
        Optional<JsonSchema> schema = schema(action, version);
        if (schema.isEmpty()) {
            // The published specs have no /rating (and versions are checked by the context rules): nothing to apply.
            return List.of();
        }
        Set<ValidationMessage> messages = schema.get().validate(body);
        return messages.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted().toList();
    }

    private Optional<JsonSchema> schema(String action, String version) {
        String spec = SPEC_BY_VERSION.get(version);
        if (spec == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(schemas.computeIfAbsent(version + " " + action, key -> {
            try {
                JsonSchema schema = factory.getSchema(
                        SchemaLocation.of(spec + "#/paths/~1" + action + "/post/requestBody/content/application~1json/schema"), config);
                schema.initializeValidators();
                return schema;
            } catch (com.networknt.schema.InvalidSchemaRefException e) {
                return null;
            }
        }));
    }
}
