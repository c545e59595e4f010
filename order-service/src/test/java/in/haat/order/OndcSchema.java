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

/** ONDC's official retail 1.2.0 OpenAPI (as the gateway loads it): the schema of a callback's body by its action. */
final class OndcSchema {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OndcSchema() {
    }

    static List<String> problems(String action, JsonNode body) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(action, a -> {
            JsonSchema s = FACTORY.getSchema(SchemaLocation.of("classpath:ondc/retail-1.2.0-openapi.yaml#/paths/~1" + a
                    + "/post/requestBody/content/application~1json/schema"), SchemaValidatorsConfig.builder().build());
            s.initializeValidators();
            return s;
        });
        return schema.validate(body).stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted().toList();
    }
}
