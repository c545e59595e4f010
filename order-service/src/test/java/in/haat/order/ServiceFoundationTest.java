package in.haat.order;

import in.haat.testinfra.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

/** order-service keeps the operator contract every Haat service keeps. */
@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {
}
