package in.haat.catalogue.rest;

import in.haat.api.ApiError;
import in.haat.api.IdempotentRequests;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.catalogue.mapping.NewStorefront;
import in.haat.catalogue.mapping.StorefrontView;
import in.haat.catalogue.service.StorefrontService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's storefronts: create one under the seller's path, and list them page by page. */
@Path("/api/sellers/{seller_id}/storefronts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Storefronts")
@APIResponse(responseCode = "400", description = "invalid request or a broken rule", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such seller, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class SellerStorefrontResource {

    /** A page of storefronts, named for OpenAPI (generic records have no schema of their own). */
    @Schema(name = "StorefrontPage")
    public record StorefrontPage(java.util.List<StorefrontView> items,
            @Schema(nullable = true) @com.fasterxml.jackson.annotation.JsonProperty("next_cursor") String nextCursor) {
    }

    private final StorefrontService storefronts;
    private final IdempotentRequests idempotent;

    public SellerStorefrontResource(StorefrontService storefronts, IdempotentRequests idempotent) {
        this.storefronts = storefronts;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed("catalogue:write")
    @Operation(summary = "Create a storefront for this seller")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = StorefrontView.class)))
    @APIResponse(responseCode = "409", description = "storefront_id is taken", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> create(@PathParam("seller_id") UUID sellerId, @Valid @NotNull NewStorefront request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return StorefrontResource.create(sellerId, request, idempotencyKey, idempotent, storefronts);
    }

    @GET
    @RolesAllowed("catalogue:read")
    @Operation(summary = "List the seller's storefronts in id order, paged with limit and cursor")
    @APIResponse(responseCode = "200", description = "a page of storefronts", content = @Content(schema = @Schema(implementation = StorefrontPage.class)))
    public Uni<Page<StorefrontView>> list(@PathParam("seller_id") UUID sellerId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor, 1);
        return storefronts.ofSeller(sellerId, page.first() ? null : page.uuidAt(0), page.fetchSize())
                .map(rows -> Page.of(rows, page, StorefrontView::of, s -> PageRequest.cursor(s.id.toString())));
    }
}
