package in.haat.catalogue;

import in.haat.testinfra.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

/** catalogue-service keeps the operator contract every Haat service keeps. */
@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {
}
