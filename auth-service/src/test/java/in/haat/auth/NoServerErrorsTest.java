package in.haat.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.testinfra.NoServerErrorsContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** Generated malformed and boundary requests to every published operation (admin ones with the admin credential): none may get a 5xx. */
@QuarkusTest
class NoServerErrorsTest extends NoServerErrorsContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected String authorization() {
        return "Bearer test-admin-token";
    }

    /** Key rotation takes no input and makes an RSA key each time: nothing to fuzz, much to wait for. */
    @Override
    protected List<String> skippedPaths() {
        return List.of("/admin/keys");
    }

    /**
     * The OAuth endpoints answer in RFC 6749's shape ({@code {"error": "invalid_request", "error_description": ...}}),
     * and /oauth2/authorize shows the person at the browser an HTML page; the admin API answers in ours.
     */
    @Override
    protected String errorShape(String url, String body) {
        if (url.startsWith("/oauth2/authorize")) {
            return null;
        }
        if (url.startsWith("/oauth2/") || url.startsWith("/auth/token")) {
            try {
                JsonNode answer = JSON.readTree(body);
                return answer.path("error").isTextual() ? null : "not RFC 6749's {\"error\": \"...\"}";
            } catch (Exception notJson) {
                return "not JSON";
            }
        }
        return super.errorShape(url, body);
    }
}
