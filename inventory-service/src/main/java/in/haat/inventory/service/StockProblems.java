package in.haat.inventory.service;

import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.inventory.StockHold;
import java.util.List;
import java.util.UUID;

/**
 * The failures of stock changes and holds, in the one error shape with codes of their own, so a client can
 * tell "someone changed the stock since you read it" from "there is not enough".
 */
public final class StockProblems {

    /** 409: on hand is not what {@code expected_on_hand} said (compare-and-set lost). */
    public static final String ON_HAND_CHANGED = "ON_HAND_CHANGED";
    /** 409: the change would leave on hand below what holds and orders already take. */
    public static final String BELOW_SPOKEN_FOR = "BELOW_SPOKEN_FOR";
    /** 409: not enough available for a hold. */
    public static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";
    /** 422: the unit given is not the catalogue item's. */
    public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
    /** 422: on hand would exceed the largest quantity kept. */
    public static final String QUANTITY_TOO_LARGE = "QUANTITY_TOO_LARGE";
    /** 409: the reference already holds different items. */
    public static final String HOLD_REFERENCE_REUSED = "HOLD_REFERENCE_REUSED";
    /** 409: the hold's time limit passed before it was committed. */
    public static final String HOLD_EXPIRED = "HOLD_EXPIRED";
    /** 409: the hold was released, so it cannot be committed. */
    public static final String HOLD_RELEASED = "HOLD_RELEASED";
    /** 409: the hold was committed, so it cannot be released. */
    public static final String HOLD_COMMITTED = "HOLD_COMMITTED";
    /** 409: order-service holds it for an ONDC order; only order-service commits or releases it. */
    public static final String HOLD_FOR_ONDC_ORDER = "HOLD_FOR_ONDC_ORDER";

    private StockProblems() {
    }

    public static ApiException noSuchItem(UUID storefrontId, UUID catalogueItemId) {
        return ApiException.notFound("no catalogue item " + catalogueItemId + " in storefront " + storefrontId);
    }

    public static ApiException noSuchStorefront(UUID storefrontId) {
        return ApiException.notFound("no storefront " + storefrontId);
    }

    public static ApiException noSuchHold(UUID storefrontId, String reference) {
        return ApiException.notFound("no hold " + reference + " in storefront " + storefrontId);
    }

    static ApiException conflict(String code, String message, String field, String detail) {
        return new ApiException(409, code, message, List.of(new ApiError.Detail(field, detail)));
    }

    static ApiException unprocessable(String code, String message, List<ApiError.Detail> details) {
        return new ApiException(422, code, message, details);
    }

    static ApiException invalid(String message, List<ApiError.Detail> details) {
        return new ApiException(400, ErrorCodes.INVALID_REQUEST, message, details);
    }

    static ApiException cannotCommit(StockHold hold) {
        if (StockHold.RELEASED.equals(hold.status())) {
            return conflict(HOLD_RELEASED, "hold " + hold.reference()
                    + " was released and cannot be committed", "reference", "is released");
        }
        return conflict(HOLD_EXPIRED, "hold " + hold.reference() + " expired at "
                + hold.expiresAt() + " and cannot be committed; hold the items again", "reference", "is expired");
    }

    static ApiException heldForOrder(StockHold hold) {
        return conflict(HOLD_FOR_ONDC_ORDER, "hold " + hold.reference() + " is held for an ONDC order, which order-service "
                + "confirms or lets go; accept or reject the order instead", "reference", "is an ONDC order's");
    }

    static ApiException cannotRelease() {
        return new ApiException(409, HOLD_COMMITTED,
                "the hold was committed to its order and cannot be released");
    }
}
