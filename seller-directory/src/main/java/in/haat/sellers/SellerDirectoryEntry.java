package in.haat.sellers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One seller as this service knows it from catalogue-service's events: who owns it, and whether it was deleted. */
@Entity
@Table(name = "seller_directory")
public class SellerDirectoryEntry {

    @Id
    @Column(name = "seller_id")
    public UUID sellerId;

    /** The partner that registered the seller; null for a seller registered before partners owned sellers. */
    @Column(name = "partner_id")
    public String partnerId;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** When catalogue-service deleted the seller; null while it exists. */
    @Column(name = "deleted_at")
    public Instant deletedAt;
}
