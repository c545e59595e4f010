package in.haat.catalogue;

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
}
