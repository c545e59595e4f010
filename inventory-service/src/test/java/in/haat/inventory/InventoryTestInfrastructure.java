package in.haat.inventory;

import in.haat.testinfra.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against real PostgreSQL (a fresh haat_inventory_test database) and Kafka. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "haat_inventory_test"))
public class InventoryTestInfrastructure {
}
