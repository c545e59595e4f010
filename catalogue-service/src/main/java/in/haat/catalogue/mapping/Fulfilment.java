package in.haat.catalogue.mapping;

/** How orders reach buyers; Setu offers only self-ship (the seller arranges its own logistics). */
public enum Fulfilment {
    SELF_SHIP
}
