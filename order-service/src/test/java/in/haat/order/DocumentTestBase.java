package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Tests of an order's paperwork (invoices, credit notes, labels): items with an HSN code ({@link PrintedPdf} reads the PDFs back). */
abstract class DocumentTestBase extends ConfirmedOrderTestBase {

    static final String HSN = "11010000";

    /** A new shop and its item at 110.00 + 18% GST (exclusive unless {@code inclusive}), HSN {@value #HSN}, 500 g a unit, returnable. */
    UUID hsnItem(Shop shop, boolean inclusive) {
        return newItem(shop, "Atta 5kg", "110", 80, inclusive ? Map.of("is_selling_price_exclusive_of_gst", false) : Map.of(),
                Map.of("returnable", true, "return_window", 7, "cancellable", true, "time_to_ship", "PT1H", "max_sale_quantity", 10),
                Map.of("hsn_code", HSN));
    }

    /** {@code units} of {@code item} confirmed in 1.2.5, the buyer's /init changed by {@code tweak} first (a payment type). */
    Confirmed confirmedWith(Shop shop, UUID item, int units, Consumer<ObjectNode> tweak) {
        String txn = UUID.randomUUID().toString();
        ObjectNode init = OrderFlowTest.initOrder(shop, item, units);
        tweak.accept(init);
        buyer("init", txn, JSON.createObjectNode().set("order", init), "1.2.5", BAP);
        inventoryAnswers("stock.held", stockRequest(txn, "order.stock-hold-requested", 1), List.of());
        JsonNode onInit = result(txn, 1);
        buyer("confirm", txn, JSON.createObjectNode().set("order", OrderFlowTest.confirmOrder("O-" + txn, onInit.path("message").path("order"))),
                "1.2.5", BAP);
        inventoryAnswers("stock.committed", stockRequest(txn, "order.stock-commit-requested", 1), List.of());
        assertEquals("on_confirm", result(txn, 2).path("action").asText());
        return new Confirmed(shop, txn, "O-" + txn, "1.2.5", item, 2);
    }

    /** The order as the seller API answers it. */
    JsonNode order(Confirmed o) {
        return read(given().header("Authorization", o.token()).get("/api/orders/" + o.orderId()).then().statusCode(200).extract().asString());
    }

    JsonNode invoice(Confirmed o) {
        return read(given().header("Authorization", o.token()).accept("application/json").get("/api/orders/" + o.orderId() + "/invoice")
                .then().statusCode(200).contentType("application/json").extract().asString());
    }
}
