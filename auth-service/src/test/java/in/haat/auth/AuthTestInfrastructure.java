package in.haat.auth;

import in.haat.testinfra.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against real PostgreSQL (a fresh haat_auth_test database) and Kafka. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "haat_auth_test"))
public class AuthTestInfrastructure {
}
