package in.haat.catalogue.event;

/** The topic and event types catalogue-service publishes; every event is keyed by seller id. */
public final class CatalogueEvents {

    public static final String TOPIC = "haat.catalogue.events";
    public static final String SELLER_CREATED = "seller.created";

    private CatalogueEvents() {
    }
}
