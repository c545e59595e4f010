package in.haat.gateway;

import in.haat.testinfra.RealInfrastructure;
import in.haat.testinfra.SellerApiInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against real PostgreSQL (a fresh haat_gateway_test database) and Kafka,
 * with tokens minted by TestTokens.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "haat_gateway_test"))
@QuarkusTestResource(SellerApiInfrastructure.class)
public class GatewayTestInfrastructure {
}
