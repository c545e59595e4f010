package in.haat.testinfra;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Puts {@link OpenApiValidationFilter} in front of every RestAssured call of a module's {@code @QuarkusTest}s, when
 * the module's test resources have {@code openapi-validation.properties} ({@code paths}: prefixes to check;
 * {@code skip}: regular expressions of whole paths not to; {@code lenient}: bulk operations whose requests are not checked, such as
 * {@code PUT /api/storefronts/{id}/catalogue}; {@code document}: {@code served} for /q/openapi, or the committed file).
 * Quarkus calls it in the test's class loader, so it sets the RestAssured the test itself uses.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    static final String CONFIG = "openapi-validation.properties";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().anyMatch(OpenApiValidationFilter.class::isInstance)) {
            return;
        }
        Properties config = new Properties();
        try (InputStream in = context.getTestInstance().getClass().getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) {
                return;
            }
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = config.getProperty("document", "served");
        Supplier<String> document = "served".equals(source) ? OpenApiValidationCallback::served : () -> committed(source);
        RestAssured.filters(new OpenApiValidationFilter(document, list(config.getProperty("paths", "/api/")),
                list(config.getProperty("skip", "")), list(config.getProperty("lenient", ""))));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** What the running application publishes; fetched outside RestAssured so that the filter does not see it. */
    private static String served() {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/q/openapi?format=json");
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String committed(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
