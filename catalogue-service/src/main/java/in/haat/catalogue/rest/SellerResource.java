package in.haat.catalogue.rest;

import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.IdempotentRequests;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.api.TenantAccess;
import in.haat.catalogue.mapping.NewSeller;
import in.haat.catalogue.mapping.SellerPatch;
import in.haat.catalogue.mapping.SellerView;
import in.haat.catalogue.service.SellerService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seller REST API: a partner registers a seller; the seller's own tokens and its partner read and change it. */
@Path("/api/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers")
@APIResponse(responseCode = "400", description = "invalid request", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class SellerResource {

    /** A page of sellers, as the OpenAPI document names it. */
    @Schema(name = "SellerPage")
    public record SellerPage(java.util.List<SellerView> items,
            @Schema(nullable = true) @com.fasterxml.jackson.annotation.JsonProperty("next_cursor") String nextCursor) {
    }

    private final SellerService sellers;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    public SellerResource(SellerService sellers, Caller caller, IdempotentRequests idempotent) {
        this.sellers = sellers;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed("sellers:write")
    @Operation(summary = "Register a seller (partner tokens only; the partner owns the seller); Setu's seller_id, when sent, is its id")
    @APIResponse(responseCode = "201", description = "registered", content = @Content(schema = @Schema(implementation = SellerView.class)))
    @APIResponse(responseCode = "409", description = "seller_id is taken", content = @Content(schema = @Schema(implementation = ApiError.class)))
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
    @RolesAllowed("sellers:read")
    @Operation(summary = "List the sellers the token may act for (a partner's own sellers) in id order, paged with limit and cursor")
    @APIResponse(responseCode = "200", description = "a page of sellers", content = @Content(schema = @Schema(implementation = SellerPage.class)))
    public Uni<Page<SellerView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor, 1);
        return sellers.visible(page.first() ? null : page.uuidAt(0), page.fetchSize())
                .map(rows -> Page.of(rows, page, SellerView::of, s -> PageRequest.cursor(s.id.toString())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("sellers:read")
    @Operation(summary = "Get a seller the token may act for")
    @APIResponse(responseCode = "200", description = "the seller", content = @Content(schema = @Schema(implementation = SellerView.class)))
    @APIResponse(responseCode = "404", description = "no such seller, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<SellerView> get(@PathParam("id") UUID id) {
        // Checked against catalogue's own seller table, which is never behind.
        return sellers.find(id)
                .onItem().ifNull().failWith(() -> TenantAccess.noSuchSeller(id))
                .invoke(seller -> {
                    if (!caller.mayActFor(seller.id, seller.partnerId)) {
                        throw TenantAccess.noSuchSeller(id);
                    }
                })
                .map(SellerView::of);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("sellers:write")
    @Operation(summary = "Change some of a seller's fields (absent fields stay); answers the seller as it now is")
    @APIResponse(responseCode = "200", description = "the updated seller", content = @Content(schema = @Schema(implementation = SellerView.class)))
    @APIResponse(responseCode = "404", description = "no such seller, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<SellerView> update(@PathParam("id") UUID id, @Valid @NotNull SellerPatch patch) {
        return sellers.update(id, patch).map(SellerView::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("sellers:write")
    @Operation(summary = "Delete a seller with its storefronts and catalogues, permanently")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such seller, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return sellers.delete(id).replaceWith(Response.noContent().build());
    }
}
