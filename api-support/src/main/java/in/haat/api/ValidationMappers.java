package in.haat.api;

import static in.haat.api.ErrorResponses.PRIORITY;
import static in.haat.api.ErrorResponses.internalError;
import static in.haat.api.ErrorResponses.respond;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Bean Validation failures: the client's invalid input is a 400 naming each field, our own broken constraint a 500. */
public class ValidationMappers {

    private final ViolationFields fields;

    public ValidationMappers(ObjectMapper mapper) {
        this.fields = new ViolationFields(mapper);
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
}
