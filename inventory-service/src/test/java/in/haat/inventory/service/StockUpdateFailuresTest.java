package in.haat.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import in.haat.api.ApiException;
import in.haat.inventory.StockLevel;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Why a conditional stock UPDATE matched nothing, explained from the row as it is now. */
class StockUpdateFailuresTest {

    private static final UUID STOREFRONT = UUID.randomUUID();
    private static final UUID ITEM = UUID.randomUUID();
    private static final int UNCHECKED = StockUpdateFailures.UNCHECKED;

    @Test
    void aMissingOrDeletedItemIsNotFound() {
        assertEquals(404, StockUpdateFailures.whySetFailed(STOREFRONT, ITEM, null, 1, "", 0, UNCHECKED).status());
        StockLevel deleted = level(5, 0, 0);
        deleted.deletedAt = java.time.Instant.now();
        assertEquals(404, StockUpdateFailures.whyAdjustFailed(STOREFRONT, ITEM, deleted, 1, UNCHECKED).status());
    }

    @Test
    void aSetInAnotherUnitIsRefused() {
        ApiException why = StockUpdateFailures.whySetFailed(STOREFRONT, ITEM, level(5, 0, 0), 3, "KG", 1, UNCHECKED);
        assertEquals(422, why.status());
        assertEquals(StockProblems.UNIT_MISMATCH, why.code());
        assertEquals(2, why.details().size());
    }

    @Test
    void aStaleExpectedOnHandIsAConflict() {
        assertEquals(StockProblems.ON_HAND_CHANGED, StockUpdateFailures.whySetFailed(STOREFRONT, ITEM, level(5, 0, 0), 3, "GM", 250, 4).code());
        assertEquals(StockProblems.ON_HAND_CHANGED, StockUpdateFailures.whyAdjustFailed(STOREFRONT, ITEM, level(5, 0, 0), 1, 4).code());
    }

    @Test
    void onHandNeverGoesBelowWhatIsSpokenFor() {
        ApiException set = StockUpdateFailures.whySetFailed(STOREFRONT, ITEM, level(10, 3, 4), 6, "GM", 250, UNCHECKED);
        assertEquals(StockProblems.BELOW_SPOKEN_FOR, set.code());
        assertEquals("must be at least 7", set.details().getFirst().message());
        ApiException adjust = StockUpdateFailures.whyAdjustFailed(STOREFRONT, ITEM, level(10, 3, 4), -4, UNCHECKED);
        assertEquals(StockProblems.BELOW_SPOKEN_FOR, adjust.code());
        assertEquals("must be at least -3", adjust.details().getFirst().message());
    }

    @Test
    void anAdjustmentCannotPassTheMaximum() {
        ApiException why = StockUpdateFailures.whyAdjustFailed(STOREFRONT, ITEM, level(StockLevel.MAX_QUANTITY - 1, 0, 0), 2, UNCHECKED);
        assertEquals(StockProblems.QUANTITY_TOO_LARGE, why.code());
        assertEquals("must be at most 1", why.details().getFirst().message());
    }

    @Test
    void aRowThatAllowsTheChangeNowMeansItChangedInBetween() {
        assertNull(StockUpdateFailures.whySetFailed(STOREFRONT, ITEM, level(5, 1, 1), 3, "GM", 250, 5));
        assertNull(StockUpdateFailures.whyAdjustFailed(STOREFRONT, ITEM, level(5, 1, 1), -3, UNCHECKED));
        assertEquals(409, StockUpdateFailures.changedConcurrently().status());
    }

    private static StockLevel level(int onHand, int held, int committed) {
        StockLevel level = new StockLevel();
        level.storefrontId = STOREFRONT;
        level.catalogueItemId = ITEM;
        level.onHand = onHand;
        level.held = held;
        level.committed = committed;
        level.available = onHand - held - committed;
        level.unitDenomination = "GM";
        level.unitValue = 250;
        return level;
    }
}
