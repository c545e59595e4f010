package in.haat.api;

import static in.haat.api.ErrorResponses.PRIORITY;
import static in.haat.api.ErrorResponses.internalError;
import static in.haat.api.ErrorResponses.respond;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import in.haat.edge.NulCharacterException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Request bodies that cannot be read (not JSON, a NUL character, a value of the wrong type, naming the field and the
 * type expected) and the other HTTP errors RESTEasy raises (404, 405 with its Allow, 415, …).
 */
public class JsonBindingMappers {

    private final AllowedMethods allowedMethods;

    public JsonBindingMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    /** A NUL character in a JSON string, when the reader did not wrap it (see NulFreeJson). */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response nulCharacter(NulCharacterException e) {
        return respond(400, ApiError.of(ErrorCodes.INVALID_REQUEST, NulCharacterException.MESSAGE));
    }

    /** A JSON value of the wrong type ({@code {"name": ["x"]}} where a string is expected). */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedInput(MismatchedInputException e) {
        return respond(400, wrongShape(e));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, request);
        }
        ApiError error;
        if (e.getCause() instanceof NulCharacterException) {
            error = ApiError.of(ErrorCodes.INVALID_REQUEST, NulCharacterException.MESSAGE);
        } else if (e.getCause() instanceof StreamReadException) {
            error = ApiError.of(ErrorCodes.INVALID_REQUEST, "the request body is not valid JSON");
        } else if (e.getCause() instanceof DatabindException databind) {
            error = wrongShape(databind);
        } else if (e.getCause() instanceof JsonProcessingException) {
            error = ApiError.of(ErrorCodes.INVALID_REQUEST, "the request body could not be read as JSON");
        } else {
            error = ApiError.of(ErrorCodes.forStatus(status), messageOf(e, status));
        }
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error);
        // Keep what the status needs, such as Allow on a 405.
        for (Map.Entry<String, List<Object>> header : e.getResponse().getHeaders().entrySet()) {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(header.getKey())
                    && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(header.getKey())) {
                header.getValue().forEach(value -> response.header(header.getKey(), value));
            }
        }
        if (status == 405 && !e.getResponse().getHeaders().containsKey(HttpHeaders.ALLOW) && request != null) {
            String allow = allowedMethods.of(request.path());
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    private static String messageOf(WebApplicationException e, int status) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP " + status)) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known == null ? "request failed" : known.getReasonPhrase().toLowerCase();
        }
        return message;
    }

    /** Jackson could parse the JSON but not turn it into the expected types. */
    private static ApiError wrongShape(DatabindException e) {
        String field = jsonPath(e);
        String expected = e instanceof MismatchedInputException mismatch ? describeType(mismatch.getTargetType()) : null;
        if (field == null) {
            return ApiError.of(ErrorCodes.INVALID_REQUEST,
                    expected == null ? "the request body does not have the expected shape" : "the request body must be " + expected);
        }
        return ApiError.of(ErrorCodes.INVALID_REQUEST, "the request is invalid",
                List.of(new ApiError.Detail(field, expected == null ? "has an invalid value" : "must be " + expected)));
    }

    private static String jsonPath(DatabindException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath() == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
