package in.haat.catalogue.repository;

import in.haat.catalogue.Storefront;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Storefronts in catalogue-service's database. */
@ApplicationScoped
public class StorefrontRepository implements PanacheRepositoryBase<Storefront, UUID> {

    /** A seller's storefronts in id order, after {@code after} (null for the first page). */
    public Uni<List<Storefront>> ofSeller(UUID sellerId, UUID after, int limit) {
        return (after == null
                ? find("sellerId = ?1 order by id", sellerId)
                : find("sellerId = ?1 and id > ?2 order by id", sellerId, after))
                .page(0, limit).list();
    }

    public Uni<List<Storefront>> allOfSeller(UUID sellerId) {
        return list("sellerId", sellerId);
    }
}
