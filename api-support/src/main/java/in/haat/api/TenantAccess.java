package in.haat.api;

import in.haat.sellers.SellerDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Decides whether the caller may act for a seller. A refusal is a 404, exactly like a seller that does not
 * exist, so a token never learns which seller ids belong to other tenants.
 */
@ApplicationScoped
public class TenantAccess {

    private final Caller caller;
    private final SellerDirectory directory;

    public TenantAccess(Caller caller, SellerDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /**
     * Completes when the caller may act for {@code sellerId}: the token names the seller, or it is a partner
     * token and the seller directory says that partner owns the seller. Fails with a 404 otherwise.
     */
    public Uni<Void> requireSeller(UUID sellerId) {
        if (caller.sellerIds().contains(sellerId)) {
            return Uni.createFrom().voidItem();
        }
        if (!caller.isPartner()) {
            return Uni.createFrom().failure(noSuchSeller(sellerId));
        }
        return directory.ownerPartnerOf(sellerId)
                .invoke(owner -> requireSeller(sellerId, owner.orElse(null)))
                .replaceWithVoid();
    }

    /**
     * The same rule for a service that owns the seller record itself (catalogue-service) and so knows its
     * owner partner first-hand. Throws a 404 unless the caller may act for the seller.
     */
    public void requireSeller(UUID sellerId, String ownerPartnerId) {
        if (!caller.mayActFor(sellerId, ownerPartnerId)) {
            throw noSuchSeller(sellerId);
        }
    }

    /** The one answer for a seller that is absent or not the caller's. */
    public static ApiException noSuchSeller(UUID sellerId) {
        return ApiException.notFound("no seller " + sellerId);
    }
}
