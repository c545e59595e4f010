package in.haat.inventory;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventEnvelope;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * order-service's /init hold is held until order-service commits or releases it (issue 15: /on_confirm is answered on
 * it at once): no time limit here, not expired by the sweeper, not ended through the seller's REST API.
 */
@QuarkusTest
class OrderHoldUntilReleasedTest extends OrderStockTestBase {

    @Test
    void anOrdersHoldOutlivesItsTtlAndOnlyItsCommitEndsIt() throws InterruptedException {
        Shop shop = newShop();
        UUID item = newItem(shop, 5);
        String reference = "txn." + UUID.randomUUID() + ".1";
        holdUntilReleased(shop, reference, item, 2);
        JsonNode held = awaitAnswer(reference, 1);
        assertEquals("stock.held", held.path("type").asText());
        assertTrue(held.path("payload").path("expires_at").isNull(), held.toString());

        // Past the request's ttl (1 s, for an inventory-service that ignores until_released) and the tests' 1 s sweeps.
        Thread.sleep(2500);
        assertEquals(1, count("select count(*) from stock_hold where reference = $1 and status = 'held' and expires_at is null", reference));
        assertArrayEquals(new int[] {5, 2, 0, 3}, quantities(shop, item));
        String hold = shop.base() + "/inventory/holds/" + reference;
        as(shop, READ).get(hold).then().statusCode(200).body("status", equalTo("held")).body("expires_at", nullValue());
        as(shop, WRITE).post(hold + "/release").then().statusCode(409).body("error.code", equalTo("HOLD_FOR_ONDC_ORDER"));
        as(shop, WRITE).post(hold + "/commit").then().statusCode(409).body("error.code", equalTo("HOLD_FOR_ONDC_ORDER"));
        assertArrayEquals(new int[] {5, 2, 0, 3}, quantities(shop, item));

        request("order.stock-commit-requested", shop, reference, item, 2, null);
        JsonNode committed = awaitAnswer(reference, 2);
        assertEquals("stock.committed", committed.path("type").asText());
        assertEquals(reference, committed.path("payload").path("hold_reference").asText());
        assertArrayEquals(new int[] {5, 0, 2, 3}, quantities(shop, item));
    }

    @Test
    void aCommitWhoseOrderIsMadeIsAnsweredOnlyWhenRefused() {
        Shop shop = newShop();
        UUID item = newItem(shop, 5);
        String reference = heldUntilReleased(shop, item, 2);

        commitForOrderMade(shop, reference, item, 2);
        await().atMost(EVENTUAL).until(() -> quantities(shop, item)[2] == 2);
        // The answer would have been written in the commit's own transaction: there is none, and the stock moved as ever.
        assertEquals(List.of("stock.held"), types(reference));
        assertArrayEquals(new int[] {5, 0, 2, 3}, quantities(shop, item));
        assertEquals(1, count("select count(*) from outbox_event where event_type = 'stock.changed' and strpos(envelope, $1) > 0 "
                + "and cast(envelope as jsonb)->'payload'->>'cause' = 'commit'", reference));

        // No hold to count on and too few units to take again: the refusal is still answered.
        String lost = "txn." + UUID.randomUUID() + ".1";
        commitForOrderMade(shop, lost, item, 4);
        JsonNode refused = awaitAnswer(lost, 1);
        assertEquals("stock.commit-refused", refused.path("type").asText());
        assertArrayEquals(new int[] {5, 0, 2, 3}, quantities(shop, item));
    }

    /** A hold as order-service asks it at /init, once inventory-service answered it; answers its reference. */
    private String heldUntilReleased(Shop shop, UUID item, int quantity) {
        String reference = "txn." + UUID.randomUUID() + ".1";
        holdUntilReleased(shop, reference, item, quantity);
        awaitAnswer(reference, 1);
        return reference;
    }

    private void commitForOrderMade(Shop shop, String reference, UUID item, int quantity) {
        EventEnvelope event = envelope("order.stock-commit-requested", shop, reference, Map.of(item, quantity), null);
        ((ObjectNode) event.payload()).put("order_made", true);
        events.publishRaw("haat.order.events", reference, codec.toJson(event));
    }

    @Test
    void orderServicesReleaseEndsIt() {
        Shop shop = newShop();
        UUID item = newItem(shop, 5);
        String reference = heldUntilReleased(shop, item, 3);
        assertArrayEquals(new int[] {5, 3, 0, 2}, quantities(shop, item));

        request("order.stock-release-requested", shop, reference, item, 3, null);
        await().atMost(EVENTUAL).until(() -> count("select count(*) from stock_hold where reference = $1 and status = 'released'", reference) == 1);
        assertArrayEquals(new int[] {5, 0, 0, 5}, quantities(shop, item));
    }
}
