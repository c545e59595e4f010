package in.haat.auth;

import in.haat.testinfra.NoServerErrorsContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** Generated malformed and boundary requests to every published operation (admin ones with the admin credential): none may get a 5xx. */
@QuarkusTest
class NoServerErrorsTest extends NoServerErrorsContract {

    @Override
    protected String authorization() {
        return "Bearer test-admin-token";
    }

    /** Key rotation takes no input and makes an RSA key each time: nothing to fuzz, much to wait for. */
    @Override
    protected List<String> skippedPaths() {
        return List.of("/admin/keys");
    }
}
