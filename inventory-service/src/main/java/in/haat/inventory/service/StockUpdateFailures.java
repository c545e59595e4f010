package in.haat.inventory.service;

import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.inventory.StockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Why a conditional stock UPDATE matched nothing, read from the row as it is now: the answer the client gets, or
 * null when the row allows the change after all (it changed in between: the change is tried again).
 */
final class StockUpdateFailures {

    /** {@code expected_on_hand} not given: on hand is not compared. */
    static final int UNCHECKED = -1;

    private StockUpdateFailures() {
    }

    static ApiException whySetFailed(UUID storefrontId, UUID itemId, StockLevel now, int quantity,
            String denomination, int unitValue, int expected) {
        if (now == null || now.deletedAt != null) {
            return StockProblems.noSuchItem(storefrontId, itemId);
        }
        List<ApiError.Detail> unit = new ArrayList<>();
        if (!denomination.isEmpty() && now.unitDenomination != null && !now.unitDenomination.equals(denomination)) {
            unit.add(new ApiError.Detail("unit_denomination", "is " + now.unitDenomination + " for this catalogue item"));
        }
        if (unitValue != 0 && now.unitValue != null && now.unitValue != unitValue) {
            unit.add(new ApiError.Detail("unit_value", "is " + now.unitValue + " for this catalogue item"));
        }
        if (!unit.isEmpty()) {
            return StockProblems.unprocessable(StockProblems.UNIT_MISMATCH, "the quantity must be in the catalogue item's unit ("
                    + now.unitValue + " " + now.unitDenomination + "); change the unit through the catalogue", unit);
        }
        if (expected != UNCHECKED && now.onHand != expected) {
            return StockProblems.conflict(StockProblems.ON_HAND_CHANGED, "on_hand changed since it was read: it is "
                    + now.onHand + ", not " + expected, "expected_on_hand", "on_hand is " + now.onHand + " now");
        }
        int spokenFor = now.held + now.committed;
        if (quantity < spokenFor) {
            return StockProblems.conflict(StockProblems.BELOW_SPOKEN_FOR, "on_hand cannot be set below the " + spokenFor
                    + " units spoken for (held " + now.held + ", committed " + now.committed + ")",
                    "quantity", "must be at least " + spokenFor);
        }
        return null;
    }

    static ApiException whyAdjustFailed(UUID storefrontId, UUID itemId, StockLevel now, int delta, int expected) {
        if (now == null || now.deletedAt != null) {
            return StockProblems.noSuchItem(storefrontId, itemId);
        }
        if (expected != UNCHECKED && now.onHand != expected) {
            return StockProblems.conflict(StockProblems.ON_HAND_CHANGED, "on_hand changed since it was read: it is "
                    + now.onHand + ", not " + expected, "expected_on_hand", "on_hand is " + now.onHand + " now");
        }
        long after = (long) now.onHand + delta;
        int spokenFor = now.held + now.committed;
        if (after < spokenFor) {
            return StockProblems.conflict(StockProblems.BELOW_SPOKEN_FOR, "on_hand would be " + after + ", below the "
                    + spokenFor + " units spoken for (held " + now.held + ", committed " + now.committed + ")",
                    "delta", "must be at least " + (spokenFor - now.onHand));
        }
        if (after > StockLevel.MAX_QUANTITY) {
            return StockProblems.unprocessable(StockProblems.QUANTITY_TOO_LARGE, "on_hand would be " + after
                    + ", more than " + StockLevel.MAX_QUANTITY, List.of(new ApiError.Detail("delta",
                    "must be at most " + (StockLevel.MAX_QUANTITY - now.onHand))));
        }
        return null;
    }

    static ApiException changedConcurrently() {
        return new ApiException(409, ErrorCodes.CONFLICT, "the stock changed concurrently; retry");
    }
}
