package in.haat.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A storefront as catalogue-service announced it: which seller, and so which tenant, its stock belongs to. */
@Entity
@Table(name = "storefront")
public class Storefront {

    @Id
    @Column(name = "storefront_id")
    public UUID storefrontId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    /** The seller's owner partner when the event named it; null means "ask the seller directory". */
    @Column(name = "partner_id")
    public String partnerId;

    public String name;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
