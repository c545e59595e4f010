package in.haat.order;

import in.haat.testinfra.SellerApiContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;

/** order-service keeps the seller-API contract on GET /api/sellers/{seller_id}/orders. */
@QuarkusTest
class OrderApiTest extends SellerApiContract {

    @Override
    protected String pathOf(UUID sellerId) {
        return "/api/sellers/" + sellerId + "/orders";
    }

    @Override
    protected String readScope() {
        return "orders:read";
    }
}
