package in.haat.inventory;

import in.haat.testinfra.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

/** inventory-service keeps the operator contract every Haat service keeps. */
@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {
}
