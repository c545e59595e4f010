package in.haat.inventory;

import in.haat.inventory.mapping.HoldLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Units of a storefront's items set aside for one order under its reference, until {@code expiresAt} (null: until
 * order-service, which asked for it, commits or releases it): status {@code held}, then {@code committed} (the order
 * was confirmed), {@code released} (it was not) or {@code expired} (nobody said in time). Items are in catalogue item order, the order rows are locked in.
 */
public record StockHold(UUID id, UUID storefrontId, String reference, String status, Instant expiresAt,
        Instant createdAt, Instant updatedAt, List<HoldLine> items) {

    public static final String HELD = "held";
    public static final String COMMITTED = "committed";
    public static final String RELEASED = "released";
    public static final String EXPIRED = "expired";

    /** Whether only the order-service request that made it may end it: it has no time limit of its own. */
    public boolean untilReleased() {
        return expiresAt == null;
    }
}
