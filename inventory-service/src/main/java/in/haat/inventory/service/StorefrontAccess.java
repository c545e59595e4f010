package in.haat.inventory.service;

import in.haat.api.Caller;
import in.haat.sellers.SellerDirectory;
import in.haat.inventory.Storefront;
import in.haat.inventory.repository.StorefrontRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import in.haat.inventory.config.InventoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant rule for storefront paths: the storefront's seller must be one the token may act for. A storefront
 * not known here (not yet, or deleted) and another tenant's storefront answer the same 404. Stock changes may decide
 * from a storefront's seller and partner read in the last few seconds ({@link #requireForChange}).
 */
@ApplicationScoped
public class StorefrontAccess {

    private final Caller caller;
    private final StorefrontRepository storefronts;
    private final SellerDirectory directory;
    private final long ownersFor;
    /** Live storefronts' seller and partner, read recently; the same for every caller (a storefront never changes seller). */
    private final Map<UUID, Owner> owners = new ConcurrentHashMap<>();

    /** Whom a storefront belonged to when it was read, and until when that reading is used. */
    private record Owner(UUID sellerId, String partnerId, long until) {
    }

    /** Past this many storefronts remembered, the memory starts again (each is read again once). */
    private static final int MAX_OWNERS = 10_000;

    public StorefrontAccess(Caller caller, StorefrontRepository storefronts, SellerDirectory directory, InventoryConfig config) {
        this.caller = caller;
        this.storefronts = storefronts;
        this.directory = directory;
        this.ownersFor = config.storefrontOwnerTtl().toNanos();
    }

    /**
     * As {@link #require}, but from the storefront's owner as read in the last {@code haat.inventory.storefront-owner-ttl}
     * when the caller may act for it (a database read less per change). Only for stock changes: their UPDATE refuses the
     * items of a deleted storefront itself (the storefront's deletion marks its items deleted in the same transaction),
     * so a storefront deleted since it was read still answers 404 and changes nothing.
     */
    public Uni<Void> requireForChange(UUID storefrontId) {
        Owner owner = owners.get(storefrontId);
        if (owner != null && owner.until() - System.nanoTime() > 0
                && (caller.sellerIds().contains(owner.sellerId())
                        || (owner.partnerId() != null && caller.mayActFor(owner.sellerId(), owner.partnerId())))) {
            return Uni.createFrom().voidItem();
        }
        return require(storefrontId).invoke(storefront -> {
            if (owners.size() >= MAX_OWNERS) {
                owners.clear();
            }
            owners.put(storefrontId, new Owner(storefront.sellerId, storefront.partnerId, System.nanoTime() + ownersFor));
        }).replaceWithVoid();
    }

    /** Completes with the storefront when the caller may act for its seller; fails with a 404 otherwise. */
    @WithSession
    public Uni<Storefront> require(UUID storefrontId) {
        return storefronts.findLive(storefrontId).chain(storefront -> {
            if (storefront == null) {
                return Uni.createFrom().failure(StockProblems.noSuchStorefront(storefrontId));
            }
            if (caller.sellerIds().contains(storefront.sellerId)) {
                return Uni.createFrom().item(storefront);
            }
            if (!caller.isPartner()) {
                return Uni.createFrom().failure(StockProblems.noSuchStorefront(storefrontId));
            }
            // The storefront event names the owner partner; older producers may not, and then the directory knows.
            Uni<String> owner = storefront.partnerId != null
                    ? Uni.createFrom().item(storefront.partnerId)
                    : directory.ownerPartnerOf(storefront.sellerId).map(partner -> partner.orElse(null));
            return owner.map(partner -> {
                if (!caller.mayActFor(storefront.sellerId, partner)) {
                    throw StockProblems.noSuchStorefront(storefrontId);
                }
                return storefront;
            });
        });
    }
}
