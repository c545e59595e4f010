package in.haat.catalogue.repository;

import in.haat.catalogue.Seller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Sellers in catalogue-service's database. */
@ApplicationScoped
public class SellerRepository implements PanacheRepositoryBase<Seller, UUID> {

    /** A partner's sellers in id order, after {@code after} (null for the first page). */
    public Uni<List<Seller>> ofPartner(String partnerId, UUID after, int limit) {
        return (after == null
                ? find("partnerId = ?1 order by id", partnerId)
                : find("partnerId = ?1 and id > ?2 order by id", partnerId, after))
                .page(0, limit).list();
    }

    /** The sellers among {@code ids} in id order, after {@code after}. */
    public Uni<List<Seller>> among(Set<UUID> ids, UUID after, int limit) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return (after == null
                ? find("id in ?1 order by id", ids)
                : find("id in ?1 and id > ?2 order by id", ids, after))
                .page(0, limit).list();
    }
}
