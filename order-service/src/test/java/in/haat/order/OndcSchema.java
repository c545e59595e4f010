package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.validation.OndcSpec;
import in.haat.ondc.validation.SchemaCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * ONDC's official retail OpenAPI, 1.2.0 and 1.2.5, from ondc-protocol: a callback's body is checked against the schema of
 * its action in both, since buyer apps speak either.
 */
final class OndcSchema {

    private static final SchemaCheck SCHEMAS = new SchemaCheck();

    private OndcSchema() {
    }

    static List<String> problems(String action, JsonNode body) {
        List<String> problems = new ArrayList<>();
        for (OndcSpec spec : List.of(OndcSpec.RETAIL_1_2_0, OndcSpec.RETAIL_1_2_5)) {
            SCHEMAS.check(spec, action, body).problems().forEach(p -> problems.add(spec.version() + " " + p));
        }
        return problems;
    }
}
