package in.haat.gateway;

import in.haat.testinfra.NoServerErrorsContract;
import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Generated malformed and boundary requests to every published operation: none may get a 5xx. */
@QuarkusTest
class NoServerErrorsTest extends NoServerErrorsContract {

    @Override
    protected String authorization() {
        return TestTokens.partner("partner-fuzz").scopes("sellers:read", "sellers:write", "catalogue:read", "catalogue:write",
                "inventory:read", "inventory:write", "orders:read", "orders:write").bearer();
    }

    /**
     * Our error shape is the seller API's (/api/); the registry's /on_subscribe and the beckn endpoints answer in
     * their protocols' own shapes (checked by their own tests), so only the absence of a 5xx is asked of them.
     */
    @Override
    protected String errorShape(String url, String body) {
        return url.startsWith("/api/") ? super.errorShape(url, body) : null;
    }
}
