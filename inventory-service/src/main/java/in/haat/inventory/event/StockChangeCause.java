package in.haat.inventory.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What changed a stock level, as {@code stock.changed} names it. */
public enum StockChangeCause {
    /** on hand set to an absolute quantity (Setu's inventory update, a batch item, a new catalogue item). */
    @JsonProperty("set") SET,
    /** on hand changed by a delta. */
    @JsonProperty("adjust") ADJUST,
    /** units held for an order. */
    @JsonProperty("hold") HOLD,
    /** held units committed to a confirmed order. */
    @JsonProperty("commit") COMMIT,
    /** held units given back on request. */
    @JsonProperty("release") RELEASE,
    /** held units given back because the hold's time limit passed. */
    @JsonProperty("expire") EXPIRE,
    /** committed units shipped with their order: committed and on hand both drop. */
    @JsonProperty("ship") SHIP,
    /** committed units given back because their order was cancelled. */
    @JsonProperty("cancel") CANCEL,
    /** shipped units back in the store (an order returned to origin): on hand rises. */
    @JsonProperty("restock") RESTOCK
}
