package in.haat.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** How much of one catalogue item a storefront (its pickup location) has, and how much of it is spoken for. */
@Entity
@Table(name = "stock_level")
public class StockLevel {

    /** The most any quantity may be; keeps every sum of two quantities inside a PostgreSQL integer. */
    public static final int MAX_QUANTITY = 1_000_000_000;

    /**
     * The order stock rows are locked in, by catalogue item id: PostgreSQL's uuid order (unsigned bytes, the same as
     * the text form's), which {@link UUID#compareTo} (signed longs) is not. One order everywhere keeps concurrent
     * holds, commits and batches from deadlocking.
     */
    public static final Comparator<UUID> ITEM_ORDER = Comparator.comparing(UUID::toString);

    @Id
    public UUID id;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    /** The storefront is the stock's location: a storefront has exactly one pickup location. */
    @Column(name = "storefront_id", nullable = false)
    public UUID storefrontId;

    @Column(name = "catalogue_item_id", nullable = false)
    public UUID catalogueItemId;

    /** Physically there: what the seller counts on the shelf. */
    @Column(name = "on_hand", nullable = false)
    public int onHand;

    /** Held for orders being placed (carts, quotes), until committed, released or expired. */
    @Column(nullable = false)
    public int held;

    /** Promised to confirmed orders not yet shipped. */
    @Column(nullable = false)
    public int committed;

    /** on_hand - held - committed, computed by PostgreSQL and never below zero. */
    @Column(insertable = false, updatable = false)
    public int available;

    /** The catalogue item's unit: quantities count units of {@code unitValue} {@code unitDenomination}. */
    @Column(name = "unit_denomination")
    public String unitDenomination;

    @Column(name = "unit_value")
    public Integer unitValue;

    /** Raised by every change. */
    @Column(nullable = false)
    public long version;

    /** Set when the catalogue item was deleted. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
