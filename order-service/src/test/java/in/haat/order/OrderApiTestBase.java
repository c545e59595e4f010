package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/** Orders made the way buyers make them (init, held, confirm, committed), for the REST tests. */
abstract class OrderApiTestBase extends OrderTestBase {

    /** A confirmed order of one item in {@code shop}; answers its id once order-service has it. */
    String newOrder(Shop shop, UUID item) {
        String txn = UUID.randomUUID().toString();
        buyer("init", txn, JSON.createObjectNode().set("order", OrderFlowTest.initOrder(shop, item, 1)));
        inventoryAnswers("stock.held", stockRequest(txn, "order.stock-hold-requested", 1), List.of());
        JsonNode onInit = result(txn, 1);
        String orderId = "O-" + txn;
        buyer("confirm", txn, JSON.createObjectNode().set("order", OrderFlowTest.confirmOrder(orderId, onInit.path("message").path("order"))));
        inventoryAnswers("stock.committed", stockRequest(txn, "order.stock-commit-requested", 1), List.of());
        result(txn, 2);
        return orderId;
    }
}
