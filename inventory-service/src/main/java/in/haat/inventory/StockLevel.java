package in.haat.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** How much of one catalogue item a seller has at one location (or overall), and how much is spoken for. */
@Entity
@Table(name = "stock_level")
public class StockLevel {

    @Id
    public UUID id;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "catalogue_item_id", nullable = false)
    public UUID catalogueItemId;

    /** Null when the seller keeps one stock for the item rather than one per location. */
    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "on_hand", nullable = false)
    public int onHand;

    /** Held for carts and quotes that may still become orders. */
    @Column(nullable = false)
    public int held;

    /** Promised to confirmed orders not yet shipped. */
    @Column(nullable = false)
    public int committed;

    /** on_hand - held - committed, computed by PostgreSQL. */
    @Column(insertable = false, updatable = false)
    public int available;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
