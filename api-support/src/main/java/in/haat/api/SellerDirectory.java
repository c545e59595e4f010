package in.haat.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The sellers this service has learnt of, and the partner that owns each. */
@ApplicationScoped
public class SellerDirectory implements PanacheRepositoryBase<SellerDirectoryEntry, UUID> {

    /** The owner partner of a seller; empty when the seller is unknown here or has no partner. */
    @WithSession
    public Uni<Optional<String>> ownerPartnerOf(UUID sellerId) {
        return findById(sellerId).map(entry -> Optional.ofNullable(entry == null ? null : entry.partnerId));
    }

    /**
     * Records a seller, or updates the one already recorded: a later event about the same seller is the
     * newer truth. Runs in the caller's transaction.
     */
    public Uni<Integer> record(UUID sellerId, String partnerId, String name, Instant createdAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into seller_directory (seller_id, partner_id, name, created_at) values (?1, ?2, ?3, ?4) "
                                + "on conflict (seller_id) do update set partner_id = excluded.partner_id, "
                                + "name = excluded.name, recorded_at = now()")
                .setParameter(1, sellerId)
                .setParameter(2, partnerId)
                .setParameter(3, name)
                .setParameter(4, createdAt)
                .executeUpdate());
    }
}
