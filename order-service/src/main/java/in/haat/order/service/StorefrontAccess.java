package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.TenantAccess;
import in.haat.order.repository.CatalogueRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The tenant rule for a storefront (as {@link OrderQueries#ofStorefront}): another tenant's answers 404, like one that does not exist. */
@ApplicationScoped
public class StorefrontAccess {

    private final CatalogueRepository catalogue;
    private final Caller caller;
    private final TenantAccess tenants;

    public StorefrontAccess(CatalogueRepository catalogue, Caller caller, TenantAccess tenants) {
        this.catalogue = catalogue;
        this.caller = caller;
        this.tenants = tenants;
    }

    /** The storefront, if the caller may act for its seller; in the caller's session. */
    public Uni<Catalogue.Storefront> require(UUID storefrontId) {
        return catalogue.storefront(storefrontId).chain(storefront -> {
            if (storefront == null) {
                return Uni.createFrom().failure(ApiException.notFound("no storefront " + storefrontId));
            }
            if (caller.mayActFor(storefront.sellerId(), storefront.partnerId())) {
                return Uni.createFrom().item(storefront);
            }
            return tenants.requireSeller(storefront.sellerId()).replaceWith(storefront).onFailure(ApiException.class)
                    .transform(e -> ApiException.notFound("no storefront " + storefrontId));
        });
    }
}
