package in.haat.inventory.event;

import java.util.UUID;

/** The topic and event types inventory-service publishes; every event is keyed by storefront and catalogue item. */
public final class InventoryEvents {

    public static final String TOPIC = "haat.inventory.events";
    public static final String STOCK_CHANGED = "stock.changed";
    public static final int STOCK_CHANGED_VERSION = 1;

    private InventoryEvents() {
    }

    /** {@code storefront_id:catalogue_item_id}: one partition per item, so its changes are read in order. */
    public static String keyOf(UUID storefrontId, UUID catalogueItemId) {
        return storefrontId + ":" + catalogueItemId;
    }
}
