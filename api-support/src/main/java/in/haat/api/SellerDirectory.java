package in.haat.api;

import in.haat.api.repository.SellerDirectoryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The sellers this service has learnt of, and the partner that owns each. */
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

    /**
     * Records a seller, or updates the one already recorded: a later event about the same seller is the
     * newer truth. Runs in the caller's transaction.
     */
    public Uni<Integer> record(UUID sellerId, String partnerId, String name, Instant createdAt) {
        return entries.upsert(sellerId, partnerId, name, createdAt);
    }
}
