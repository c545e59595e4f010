package in.haat.inventory.repository;

import in.haat.inventory.Storefront;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The storefronts inventory-service has learnt from catalogue-service's events. */
@ApplicationScoped
public class StorefrontRepository implements PanacheRepositoryBase<Storefront, UUID> {

    /** The storefront unless it is unknown or deleted. */
    public Uni<Storefront> findLive(UUID storefrontId) {
        return find("storefrontId = ?1 and deletedAt is null", storefrontId).firstResult();
    }

    /** Records a storefront or its newer state; a storefront upserted after its deletion is live again. */
    public Uni<Integer> upsert(UUID storefrontId, UUID sellerId, String partnerId, String name) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into storefront (storefront_id, seller_id, partner_id, name) "
                                + "values (?1, ?2, nullif(?3, ''), nullif(?4, '')) "
                                + "on conflict (storefront_id) do update set seller_id = excluded.seller_id, "
                                + "partner_id = coalesce(excluded.partner_id, storefront.partner_id), "
                                + "name = excluded.name, deleted_at = null, updated_at = now()")
                .setParameter(1, storefrontId)
                .setParameter(2, sellerId)
                .setParameter(3, partnerId == null ? "" : partnerId)
                .setParameter(4, name == null ? "" : name)
                .executeUpdate());
    }

    /**
     * Marks a storefront deleted. A deletion may arrive for a storefront never seen (its upsert was before this
     * service started reading): it is recorded deleted all the same, so a late duplicate upsert is still overruled
     * only by a newer upsert.
     */
    public Uni<Integer> markDeleted(UUID storefrontId, UUID sellerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into storefront (storefront_id, seller_id, deleted_at) values (?1, ?2, now()) "
                                + "on conflict (storefront_id) do update set deleted_at = now(), updated_at = now()")
                .setParameter(1, storefrontId)
                .setParameter(2, sellerId)
                .executeUpdate());
    }
}
