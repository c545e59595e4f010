package in.haat.auth;

import in.haat.testinfra.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

/** auth-service keeps the operator contract every Haat service keeps. */
@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {
}
