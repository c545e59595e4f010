package in.haat.gateway.beckn;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The beckn error object: type, ONDC code (a string), and where and what. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BecknError(String type, String code, String path, String message) {

    public static final String CONTEXT_ERROR = "CONTEXT-ERROR";
    public static final String JSON_SCHEMA_ERROR = "JSON-SCHEMA-ERROR";
    public static final String POLICY_ERROR = "POLICY-ERROR";
    public static final String CORE_ERROR = "CORE-ERROR";

    /** 30000: invalid request, does not meet the API contract. */
    public static BecknError invalidContext(String path, String message) {
        return new BecknError(CONTEXT_ERROR, "30000", path, message);
    }

    public static BecknError invalidJson(String message) {
        return new BecknError(JSON_SCHEMA_ERROR, "30000", null, message);
    }

    /** 30016: cannot verify signature for request. */
    public static BecknError invalidSignature(String message) {
        return new BecknError(POLICY_ERROR, "30016", null, message);
    }

    /** 30022: cannot process stale request. */
    public static BecknError stale(String message) {
        return new BecknError(CONTEXT_ERROR, "30022", "context.timestamp", message);
    }

    /** 31001: internal error, please retry. */
    public static BecknError internal() {
        return new BecknError(CORE_ERROR, "31001", null, "cannot process the request now, please retry");
    }
}
