package in.haat.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventEnvelope;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A /confirm whose /init hold inventory-service keeps until we end it is answered at once, with the commit asked in the
 * same transaction (issue 15: two hops fewer); once our deadline passes we release the hold, and a /confirm then waits
 * for inventory-service to take the items again.
 */
@QuarkusTest
class ConfirmOnHeldStockTest extends OrderTestBase {

    @Test
    void aConfirmOnItsHeldStockIsAnsweredWithTheCommitAsked() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Atta 5kg", "110", 50);
        String txn = UUID.randomUUID().toString();
        JsonNode hold = initHeldUntilReleased(shop, item, txn);
        JsonNode initOrder = result(txn, 1).path("message").path("order");
        assertEquals(1, count("select count(*) from order_draft where transaction_id = $1 and hold_until_released "
                + "and hold_expires_at > now() + interval '14 minutes'", txn));

        buyer("confirm", txn, JSON.createObjectNode().set("order", OrderFlowTest.confirmOrder("O-" + txn, initOrder)));
        JsonNode commit = stockRequest(txn, "order.stock-commit-requested", 1);
        assertEquals(hold.path("reference").asText(), commit.path("reference").asText());
        // The order is made on the hold: inventory-service need answer only a refusal (issue 15).
        assertTrue(commit.path("order_made").asBoolean(), commit.toString());
        // Written in the commit request's transaction: already there, before inventory-service said anything.
        assertEquals(2, published("haat.ondc.responses", txn, "ondc.result").size());
        JsonNode onConfirm = result(txn, 2);
        assertEquals("on_confirm", onConfirm.path("action").asText());
        assertTrue(onConfirm.path("error").isMissingNode() || onConfirm.path("error").isNull(), onConfirm.toString());
        assertEquals("Created", onConfirm.path("message").path("order").path("state").asText());
        assertEquals(1, count("select count(*) from seller_order where transaction_id = $1", txn));

        // An inventory-service of the release before answers all the same, which then changes nothing: no second
        // /on_confirm, no second order.
        EventEnvelope committed = answerEvent("stock.committed", commit, List.of());
        events.publishRaw("haat.inventory.events", committed.key(), codec.toJson(committed));
        await().atMost(EVENTUAL).until(() -> count("select count(*) from processed_event where event_id = $1", committed.id()) == 1);
        assertEquals(2, published("haat.ondc.responses", txn, "ondc.result").size());
        assertEquals(1, count("select count(*) from seller_order where transaction_id = $1", txn));
    }

    @Test
    void pastOurDeadlineTheHoldIsReleasedAndAConfirmWaitsForTheItemsTakenAgain() {
        Shop shop = newShop();
        UUID item = newItem(shop, "Dal 1kg", "150", 20);
        String txn = UUID.randomUUID().toString();
        JsonNode hold = initHeldUntilReleased(shop, item, txn);
        JsonNode initOrder = result(txn, 1).path("message").path("order");
        database.preparedQuery("update order_draft set hold_expires_at = now() - interval '1 second' where transaction_id = $1")
                .execute(Tuple.of(txn)).await().indefinitely();

        JsonNode release = stockRequest(txn, "order.stock-release-requested", 1);
        assertEquals(hold.path("reference").asText(), release.path("reference").asText());
        assertEquals(1, count("select count(*) from order_draft where transaction_id = $1 and stage = 'held' and not hold_until_released", txn));

        buyer("confirm", txn, JSON.createObjectNode().set("order", OrderFlowTest.confirmOrder("O-" + txn, initOrder)));
        JsonNode commit = stockRequest(txn, "order.stock-commit-requested", 1);
        assertEquals(1, published("haat.ondc.responses", txn, "ondc.result").size(), "no /on_confirm before the commit");
        assertFalse(commit.path("order_made").asBoolean(), "this commit waits for its answer: " + commit);
        inventoryAnswers("stock.committed", commit, List.of());
        JsonNode onConfirm = result(txn, 2);
        assertEquals("on_confirm", onConfirm.path("action").asText());
        assertEquals(1, count("select count(*) from seller_order where transaction_id = $1", txn));
    }

    /** /init, and inventory-service's answer for a hold without a time limit of its own; answers the hold request. */
    private JsonNode initHeldUntilReleased(Shop shop, UUID item, String txn) {
        buyer("init", txn, JSON.createObjectNode().set("order", OrderFlowTest.initOrder(shop, item, 1)));
        JsonNode hold = stockRequest(txn, "order.stock-hold-requested", 1);
        assertTrue(hold.path("until_released").asBoolean(), hold.toString());
        EventEnvelope held = answerEvent("stock.held", hold, List.of());
        ((ObjectNode) held.payload()).putNull("expires_at");
        events.publishRaw("haat.inventory.events", held.key(), codec.toJson(held));
        return hold;
    }
}
