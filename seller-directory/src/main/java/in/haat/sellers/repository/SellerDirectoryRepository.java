package in.haat.sellers.repository;

import in.haat.sellers.SellerDirectoryEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The sellers this service has learnt of ({@code seller_directory}), and the partner that owns each. */
@ApplicationScoped
public class SellerDirectoryRepository implements PanacheRepositoryBase<SellerDirectoryEntry, UUID> {

    /**
     * Inserts the seller or updates the one already recorded, in the caller's transaction; a deletion already
     * recorded stays (a seller.created delivered late does not bring a deleted seller back).
     */
    public Uni<Integer> upsert(UUID sellerId, String partnerId, String name, Instant createdAt) {
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

    /** Marks the seller deleted, once (the first deletion's time stays); a seller not recorded here is left unknown. */
    public Uni<Integer> markDeleted(UUID sellerId, Instant deletedAt) {
        return update("deletedAt = ?1 where sellerId = ?2 and deletedAt is null", deletedAt, sellerId);
    }
}
