package in.haat.ondc.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One finding of the validator, in the shape of the beckn error object: type ({@code CONTEXT-ERROR},
 * {@code JSON-SCHEMA-ERROR}), ONDC's error code (a string: 30000 invalid request, 30022 stale request), the path
 * in the message and what is wrong. A warning carries no code: it is logged, never answered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String code, String path, String message) {

    public static final String CONTEXT_ERROR = "CONTEXT-ERROR";
    public static final String JSON_SCHEMA_ERROR = "JSON-SCHEMA-ERROR";
    /** ONDC 30000: invalid request, does not meet the API contract. */
    public static final String INVALID_REQUEST = "30000";
    /** ONDC 30022: cannot process stale request. */
    public static final String STALE_REQUEST = "30022";

    /** A context rule broken: 30000. */
    public static Problem context(String path, String message) {
        return new Problem(CONTEXT_ERROR, INVALID_REQUEST, path, message);
    }

    /** The message breaks the contract's structure (a required field missing, a list where text belongs): 30000. */
    public static Problem schema(String path, String message) {
        return new Problem(JSON_SCHEMA_ERROR, INVALID_REQUEST, path, message);
    }

    /** The request is older than its ttl or from the future: 30022. */
    public static Problem stale(String message) {
        return new Problem(CONTEXT_ERROR, STALE_REQUEST, "context.timestamp", message);
    }

    /** Something ONDC's network lets through (an extra field, an enum value the spec does not list): logged only. */
    public static Problem warning(String type, String path, String message) {
        return new Problem(type, null, path, message);
    }

    @Override
    public String toString() {
        return (path == null ? "" : path) + ": " + message;
    }
}
