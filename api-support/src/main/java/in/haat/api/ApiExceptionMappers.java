package in.haat.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import in.haat.edge.NulCharacterException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST request into the one error shape ({@link ApiError}), with the status it
 * deserves: never an empty body, never a stack trace, never a 500 for the client's own mistake.
 */
public class ApiExceptionMappers {

    /** Ahead of Quarkus's built-in mappers for the same exception types (they use {@code Priorities.USER}). */
    static final int PRIORITY = Priorities.USER - 100;
    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    private final ViolationFields fields;
    private final AllowedMethods allowedMethods;

    public ApiExceptionMappers(ObjectMapper mapper, AllowedMethods allowedMethods) {
        this.fields = new ViolationFields(mapper);
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response api(ApiException e) {
        return respond(e.status(), e.toError());
    }

    /** Bean Validation of a resource method's parameters: 400 with one detail per violated field. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e, ResourceInfo resource, HttpServerRequest request) {
        if (!(e instanceof ResteasyReactiveViolationException) || hasReturnValueViolation(e)) {
            // Not the client's input but our own code or answer that broke a constraint.
            return internalError(e, request);
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        List<ApiError.Detail> details = new ArrayList<>();
        boolean bodyMissing = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = fields.fieldOf(violation, method);
            if (field == null && violation.getConstraintDescriptor().getAnnotation() instanceof NotNull) {
                bodyMissing = true;
            } else {
                details.add(new ApiError.Detail(field, violation.getMessage()));
            }
        }
        if (bodyMissing) {
            return respond(400, ApiError.of(ErrorCodes.INVALID_REQUEST, "a JSON request body is required"));
        }
        details.sort(Comparator.comparing((ApiError.Detail d) -> d.field() == null ? "" : d.field())
                .thenComparing(ApiError.Detail::message));
        return respond(400, ApiError.of(ErrorCodes.INVALID_REQUEST, "the request is invalid", details));
    }

    /** A Bean Validation failure that is not about a request (Quarkus's own mapper would answer 500 bare). */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ValidationException e, HttpServerRequest request) {
        return internalError(e, request);
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

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        return internalError(e, request);
    }

    private static Response internalError(Throwable e, HttpServerRequest request) {
        String where = request == null ? "" : request.method() + " " + request.path() + ": ";
        if (connectionClosed(e)) {
            // The edge cut the request off (a body over the limit) or the client went away: no one to answer.
            LOG.debugf("%sthe connection closed while the request was read", where);
            return respond(400, ApiError.of(ErrorCodes.INVALID_REQUEST, "the connection closed before the request was read"));
        }
        LOG.errorf(e, "%sunexpected failure answered with 500", where);
        return respond(500, ApiError.of(ErrorCodes.INTERNAL_ERROR, "an unexpected error occurred"));
    }

    private static boolean connectionClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    private static boolean hasReturnValueViolation(ConstraintViolationException e) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
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
