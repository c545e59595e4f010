package in.haat.auth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import in.haat.auth.service.ClientRequestException;
import in.haat.edge.NulCharacterException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors of the admin API in Haat's REST error shape: {@code {"error": {"code", "message", "details"}}}. */
public class AdminErrors {

    static Response response(int status, String code, String message) {
        return response(status, code, message, List.of());
    }

    static Response response(int status, String code, String message, List<Map<String, String>> details) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", Map.of("code", code, "message", message, "details", details)))
                .build();
    }

    @ServerExceptionMapper
    public Response unprocessable(ClientRequestException e) {
        return response(422, "UNPROCESSABLE", e.getMessage());
    }

    /** A JSON body that cannot be read (a NUL character, broken JSON, a wrong type): 400, never the framework's bare answer. */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException) {
            return response(400, "INVALID_REQUEST", e.getCause() instanceof NulCharacterException
                    ? NulCharacterException.MESSAGE : "the request body is not JSON of the expected shape");
        }
        return e.getResponse();
    }

    /**
     * Broken JSON or a value of the wrong type read directly by Jackson (not wrapped by RESTEasy): 400 in our shape,
     * not the framework's {"objectName": ...}. The OAuth endpoints answer RFC 6749's shape with their own mapper.
     */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return unreadable(e);
    }

    /** Jackson's own answers to these (Quarkus maps them itself) are replaced: a more specific type needs its own mapper. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response notJson(StreamReadException e) {
        return unreadable(e);
    }

    private static Response unreadable(JsonProcessingException e) {
        return response(400, "INVALID_REQUEST", e instanceof NulCharacterException
                ? NulCharacterException.MESSAGE : "the request body is not JSON of the expected shape");
    }

    /** A method the path does not take: 405 in our shape, keeping the Allow header RESTEasy names the methods in. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response answer = response(405, "METHOD_NOT_ALLOWED", "the path does not take this method");
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? answer : Response.fromResponse(answer).header("Allow", allow).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return response(404, "NOT_FOUND", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Map<String, String>> details = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return response(400, "VALIDATION_FAILED", "the request is not valid", details);
    }

    private static String lastNode(String path) {
        String[] nodes = path.split("\\.");
        return nodes.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(nodes, 2, nodes.length)) : path;
    }
}
