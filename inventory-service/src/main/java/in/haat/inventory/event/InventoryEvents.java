package in.haat.inventory.event;

import java.util.UUID;

/** The topic and event types inventory-service publishes: stock changes keyed by storefront and catalogue item, answers to order-service by reference. */
public final class InventoryEvents {

    public static final String TOPIC = "haat.inventory.events";
    public static final String STOCK_CHANGED = "stock.changed";
    public static final int STOCK_CHANGED_VERSION = 1;
    /** Answers to order-service's stock requests, keyed by the request's reference (payload {@link HoldAnswer}). */
    public static final String STOCK_HELD = "stock.held";
    public static final String STOCK_HOLD_REFUSED = "stock.hold-refused";
    public static final String STOCK_COMMITTED = "stock.committed";
    public static final String STOCK_COMMIT_REFUSED = "stock.commit-refused";

    private InventoryEvents() {
    }

    /** {@code storefront_id:catalogue_item_id}: one partition per item, so its changes are read in order. */
    public static String keyOf(UUID storefrontId, UUID catalogueItemId) {
        return storefrontId + ":" + catalogueItemId;
    }
}
