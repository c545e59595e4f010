package in.haat.api.repository;

import in.haat.api.SellerDirectoryEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The sellers this service has learnt of ({@code seller_directory}), and the partner that owns each. */
@ApplicationScoped
public class SellerDirectoryRepository implements PanacheRepositoryBase<SellerDirectoryEntry, UUID> {

    /** Inserts the seller or updates the one already recorded, in the caller's transaction. */
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
}
