package in.haat.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation under {@code /api/} can get from this library and the edge, whatever
 * its resource says: 400 (malformed path, query or body; a NUL anywhere), 401 (a token that is missing, malformed
 * or refused: the edge answers it before any resource), 403 and 503 where a token is needed (missing scope; the
 * token issuer not reachable), 404 where the path names something, 413 (the edge's body limit), 414 (a request line
 * over the HTTP server's limit, answered by the server itself, without a body), 415 where there is a body, 422 where
 * an {@code Idempotency-Key} is taken (the key reused for another request); all in the
 * one error shape, which it defines here completely. Register with {@code mp.openapi.filter}.
 */
public class StandardErrorResponses implements OASFilter {

    static final String ERROR_SCHEMA = "#/components/schemas/ApiError";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        defineErrorShape(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            boolean namesSomething = path.getKey().contains("{");
            for (Operation operation : path.getValue().getOperations().values()) {
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                        || openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
                boolean hasBody = operation.getRequestBody() != null;
                add(operation, "400", "the request is invalid (path, query, headers or body)", true);
                add(operation, "401", "no access token, or one that is malformed, expired, revoked or not ours", true);
                add(operation, "403", "the access token lacks the scope this operation needs", secured);
                add(operation, "404", "nothing of that id, or not the caller's to see", namesSomething);
                // The edge counts every request's body, a GET's too.
                add(operation, "413", "the request body is over the size limit", true);
                // Refused by the HTTP server before any of our code runs (quarkus.http.limits.max-initial-line-length).
                addWithoutBody(operation, "414", "the request line (path and query) is over the HTTP server's limit; no body");
                add(operation, "415", "the request body is not application/json", hasBody);
                add(operation, "422", "the Idempotency-Key was used before for a different request", idempotent(operation));
                add(operation, "503", "access tokens cannot be verified right now (Retry-After)", secured);
            }
        }
    }

    private static boolean idempotent(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()));
    }

    private static void add(Operation operation, String status, String description, boolean applies) {
        APIResponses responses = operation.getResponses();
        if (responses != null && responses.hasAPIResponse(status)) {
            APIResponse documented = responses.getAPIResponse(status);
            if (documented.getContent() == null || documented.getContent().getMediaTypes() == null
                    || documented.getContent().getMediaTypes().isEmpty()) {
                // SmallRye documents @RolesAllowed's 401 and 403 without a body; ours always has one.
                documented.content(errorContent());
            }
            return;
        }
        if (!applies || responses == null) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(errorContent()));
    }

    private static void addWithoutBody(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses();
        if (responses != null && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static org.eclipse.microprofile.openapi.models.media.Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA)));
    }

    /**
     * {@link ApiError} as it is written: code and message always, details only when there are some. Its two parts
     * keep their names (ApiErrorBody, ApiErrorDetail), which other schemas may use (a batch's per-item error).
     */
    private static void defineErrorShape(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("ApiErrorDetail", object()
                .addProperty("field", text("the JSON name of the field; absent when the problem is the request as a whole"))
                .addProperty("message", text(null))
                .required(List.of("message")));
        openAPI.getComponents().addSchema("ApiErrorBody", object()
                .addProperty("code", text("stable and machine-readable, such as NOT_FOUND or INVALID_REQUEST"))
                .addProperty("message", text("for people"))
                .addProperty("details", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/ApiErrorDetail"))
                        .description("one entry per field in trouble; absent when there is nothing to say per field"))
                .required(List.of("code", "message")));
        openAPI.getComponents().addSchema("ApiError", object()
                .addProperty("error", OASFactory.createSchema().ref("#/components/schemas/ApiErrorBody"))
                .required(List.of("error"))
                .description("the one error body of every Haat REST API"));
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
