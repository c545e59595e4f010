package in.haat.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A seller that exists in catalogue-service, so tokens may be issued to act for it. */
@Entity
@Table(name = "known_seller")
public class KnownSeller {

    @Id
    @Column(name = "seller_id")
    public UUID sellerId;

    @Column(nullable = false)
    public String name;

    /** The partner that registered the seller, if any. */
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "learned_at", nullable = false)
    public Instant learnedAt;

    /** When catalogue-service deleted the seller; no token acts for it from then on. */
    @Column(name = "deleted_at")
    public Instant deletedAt;
}
