package in.haat.inventory.service;

import in.haat.api.Caller;
import in.haat.sellers.SellerDirectory;
import in.haat.inventory.Storefront;
import in.haat.inventory.repository.StorefrontRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The tenant rule for storefront paths: the storefront's seller must be one the token may act for. A storefront
 * not known here (not yet, or deleted) and another tenant's storefront answer the same 404.
 */
@ApplicationScoped
public class StorefrontAccess {

    private final Caller caller;
    private final StorefrontRepository storefronts;
    private final SellerDirectory directory;

    public StorefrontAccess(Caller caller, StorefrontRepository storefronts, SellerDirectory directory) {
        this.caller = caller;
        this.storefronts = storefronts;
        this.directory = directory;
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
