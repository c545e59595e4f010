package in.haat.inventory;

import in.haat.testinfra.SellerApiContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;

/** inventory-service keeps the seller-API contract on GET /api/sellers/{seller_id}/stock. */
@QuarkusTest
class StockApiTest extends SellerApiContract {

    @Override
    protected String pathOf(UUID sellerId) {
        return "/api/sellers/" + sellerId + "/stock";
    }

    @Override
    protected String readScope() {
        return "inventory:read";
    }
}
