package in.haat.order;

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
 * ONDC's official retail OpenAPI, 1.2.0 and 1.2.5 (as the gateway loads them): a callback's body is checked against the
 * schema of its action in both, since buyer apps speak either.
 */
final class OndcSchema {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OndcSchema() {
    }

    static List<String> problems(String action, JsonNode body) {
        List<String> problems = new java.util.ArrayList<>();
        for (String version : List.of("1.2.0", "1.2.5")) {
            JsonSchema schema = SCHEMAS.computeIfAbsent(version + " " + action, key -> {
                JsonSchema s = FACTORY.getSchema(SchemaLocation.of("classpath:ondc/retail-" + version + "-openapi.yaml#/paths/~1" + action
                        + "/post/requestBody/content/application~1json/schema"), SchemaValidatorsConfig.builder().build());
                s.initializeValidators();
                return s;
            });
            schema.validate(body).stream().map(m -> version + " " + m.getInstanceLocation() + ": " + m.getMessage()).sorted()
                    .forEach(problems::add);
        }
        return problems;
    }
}
