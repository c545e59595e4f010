package in.haat.gateway;

import in.haat.testinfra.SellerApiContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;

/** ondc-gateway-service keeps the seller-API contract on GET /api/sellers/{seller_id}/ondc-messages. */
@QuarkusTest
class OndcMessageApiTest extends SellerApiContract {

    @Override
    protected String pathOf(UUID sellerId) {
        return "/api/sellers/" + sellerId + "/ondc-messages";
    }

    @Override
    protected String readScope() {
        return "orders:read";
    }
}
