package in.haat.gateway;

import in.haat.testinfra.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

/** ondc-gateway-service keeps the operator contract every Haat service keeps. */
@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {
}
