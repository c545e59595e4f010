package in.haat.catalogue.rest;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.IdempotentRequests;
import in.haat.api.TenantAccess;
import in.haat.catalogue.mapping.NewSeller;
import in.haat.catalogue.mapping.SellerView;
import in.haat.catalogue.service.SellerService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seller REST API: a partner registers a seller; the seller's own tokens and its partner read it back. */
@Path("/api/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers")
public class SellerResource {

    private final SellerService sellers;
    private final Caller caller;
    private final TenantAccess tenants;

    private final IdempotentRequests idempotent;

    public SellerResource(SellerService sellers, Caller caller, TenantAccess tenants, IdempotentRequests idempotent) {
        this.sellers = sellers;
        this.caller = caller;
        this.tenants = tenants;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed("sellers:write")
    @Operation(summary = "Register a seller (partner tokens only; the partner owns the seller)")
    public Uni<Response> create(@Valid @NotNull NewSeller request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (!caller.isPartner()) {
            // A seller or third-party token acts for sellers that exist; creating sellers is a partner's job.
            throw ApiException.forbidden("only a partner token may register sellers");
        }
        return idempotent.once(idempotencyKey, "POST", "/api/sellers", request, () -> sellers
                .create(request, caller.partnerId().orElseThrow())
                .map(seller -> Response.created(URI.create("/api/sellers/" + seller.id))
                        .entity(SellerView.of(seller)).build()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("sellers:read")
    @Operation(summary = "Get a seller the token may act for")
    public Uni<SellerView> get(@PathParam("id") UUID id) {
        // Checked against catalogue's own seller table, which is never behind.
        return sellers.find(id)
                .onItem().ifNull().failWith(() -> TenantAccess.noSuchSeller(id))
                .invoke(seller -> tenants.requireSeller(seller.id, seller.partnerId))
                .map(SellerView::of);
    }
}
