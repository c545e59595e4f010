package in.haat.catalogue.event;

/** The topic and event types catalogue-service publishes; every event is keyed by seller id, version 1. */
public final class CatalogueEvents {

    public static final String TOPIC = "haat.catalogue.events";
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
