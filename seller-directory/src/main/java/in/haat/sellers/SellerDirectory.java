package in.haat.sellers;

import in.haat.sellers.repository.SellerDirectoryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The sellers this service has learnt of, the partner that owns each, and which were deleted. */
@ApplicationScoped
public class SellerDirectory {

    private final SellerDirectoryRepository entries;

    public SellerDirectory(SellerDirectoryRepository entries) {
        this.entries = entries;
    }

    /** The owner partner of a seller; empty when the seller is unknown here or has no partner. */
    @WithSession
    public Uni<Optional<String>> ownerPartnerOf(UUID sellerId) {
        return entries.findById(sellerId).map(entry -> Optional.ofNullable(entry == null ? null : entry.partnerId));
    }

    /** The seller as recorded here, deleted or not; null when unknown. Runs in the caller's session. */
    public Uni<SellerDirectoryEntry> find(UUID sellerId) {
        return entries.findById(sellerId);
    }

    /**
     * Records a seller, or updates the one already recorded: a later event about the same seller is the
     * newer truth. Runs in the caller's transaction.
     */
    public Uni<Integer> record(UUID sellerId, String partnerId, String name, Instant createdAt) {
        return entries.upsert(sellerId, partnerId, name, createdAt);
    }

    /** Marks a seller deleted (the first time only). Runs in the caller's transaction. */
    public Uni<Integer> markDeleted(UUID sellerId, Instant deletedAt) {
        return entries.markDeleted(sellerId, deletedAt);
    }
}
