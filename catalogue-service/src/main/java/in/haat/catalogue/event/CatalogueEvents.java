package in.haat.catalogue.event;

/** The topics and event types catalogue-service publishes; every event is keyed by seller id, version 1. */
public final class CatalogueEvents {

    public static final String TOPIC = "haat.catalogue.events";
    /**
     * {@code seller.created} and {@code seller.deleted} again, for the services' seller directories alone: on
     * {@link #TOPIC} they would read every catalogue item only to skip it (issue 15).
     */
    public static final String SELLERS_TOPIC = "haat.sellers.events";
    public static final int VERSION = 1;
    public static final String SELLER_CREATED = "seller.created";
    public static final String SELLER_UPDATED = "seller.updated";
    public static final String SELLER_DELETED = "seller.deleted";
    public static final String STOREFRONT_UPSERTED = "storefront.upserted";
    public static final String STOREFRONT_DELETED = "storefront.deleted";
    public static final String CATALOGUE_ITEM_UPSERTED = "catalogue-item.upserted";
    public static final String CATALOGUE_ITEM_DELETED = "catalogue-item.deleted";

    private CatalogueEvents() {
    }
}
