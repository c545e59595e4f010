package in.haat.catalogue.mapping;

/** Whether buyers see the storefront. */
public enum StorefrontStatus {
    LIVE, OFFLINE
}
