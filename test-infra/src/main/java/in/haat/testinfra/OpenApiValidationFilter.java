package in.haat.testinfra;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every RestAssured exchange under the given path prefixes against the service's own OpenAPI document: the
 * response (status documented, body of the documented schema) always, the request when the service accepted it
 * (below 400: what it takes, the document must allow). Also what no schema says: a 405 names {@code Allow}, and
 * there is at most one {@code WWW-Authenticate}. A mismatch fails the test and is appended to
 * {@code target/openapi-mismatches.txt}, so one run lists them all.
 */
public final class OpenApiValidationFilter implements Filter {

    private static final Path REPORT = Path.of("target/openapi-mismatches.txt");

    private final Supplier<String> document;
    private final List<String> prefixes;
    private final List<String> skipped;
    private final List<String> lenient;
    private volatile OpenApiInteractionValidator validator;

    /**
     * {@code document} gives the OpenAPI document (JSON) when first needed, after the application has started;
     * {@code lenient} names operations ({@code PUT /api/storefronts/{x}/catalogue}) whose requests are not checked:
     * bulk operations that take any list and answer each bad entry in their result.
     */
    public OpenApiValidationFilter(Supplier<String> document, List<String> prefixes, List<String> skipped, List<String> lenient) {
        this.document = document;
        this.prefixes = List.copyOf(prefixes);
        this.skipped = List.copyOf(skipped);
        this.lenient = lenient.stream().map(o -> o.replaceAll("\\{[^}]*}", "[^/]+")).toList();
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        String path = URI.create(requestSpec.getURI()).getRawPath();
        if (prefixes.stream().noneMatch(path::startsWith) || skipped.stream().anyMatch(path::matches)
                || path.contains("//") && List.of(404, 405).contains(response.statusCode())) {
            // Not ours to check, or a path with an empty segment, which names nothing (the validator would match it).
            return response;
        }
        Request request = RestAssuredRequest.of(requestSpec);
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        if (status == 405 && response.header("Allow") == null) {
            problems.add("a 405 without an Allow header");
        }
        if (response.headers().getValues("WWW-Authenticate").size() > 1) {
            problems.add("more than one WWW-Authenticate: " + response.headers().getValues("WWW-Authenticate"));
        }
        ValidationReport report = validator().validateResponse(request.getPath(), request.getMethod(), RestAssuredResponse.of(response));
        if (status < 400 && lenient.stream().noneMatch((request.getMethod() + " " + path)::matches)) {
            report = report.merge(validator().validateRequest(request));
        }
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR && !expected(message.getKey(), status)) {
                problems.add(message.getKey() + ": " + message.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            String body = response.asString();
            String mismatch = request.getMethod() + " " + path + " -> " + status + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body) + "\n  " + String.join("\n  ", problems);
            record(mismatch);
            throw new AssertionError("the exchange does not match the published OpenAPI document: " + mismatch);
        }
        return response;
    }

    /**
     * An operation the document does not have is right to answer 404 (no such path) or 405 (no such method); and
     * the edge refuses some requests before any routing: 400 (a NUL in the address), 401 (a malformed token), 413.
     */
    private static boolean expected(String key, int status) {
        return (key.endsWith("path.missing") || key.endsWith("operation.notAllowed")) && List.of(400, 401, 404, 405, 413).contains(status);
    }

    private OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    try {
                        ObjectMapper json = new ObjectMapper();
                        String converted = json.writeValueAsString(OpenApi30.of(json.readTree(document.get())));
                        // OpenAPI allows properties a schema does not name, and our services ignore them in requests (Setu's
                        // samples carry some); the validator's default refuses them. A body sent with a GET has no
                        // meaning (RFC 9110) and is ignored, as the generated cases check. Responses stay strict: what
                        // we answer, the document must name.
                        validator = OpenApiInteractionValidator.createForInlineApiSpecification(converted)
                                .withLevelResolver(LevelResolver.create()
                                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                                        .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE).build())
                                .build();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return validator;
    }

    private static synchronized void record(String mismatch) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, mismatch + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The assertion below still fails the test; the file is only a convenience.
        }
    }
}
