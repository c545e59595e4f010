package in.haat.catalogue.rest;

import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.IdempotentRequests;
import in.haat.catalogue.mapping.NewStorefront;
import in.haat.catalogue.mapping.StorefrontPatch;
import in.haat.catalogue.mapping.StorefrontView;
import in.haat.catalogue.service.StorefrontService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Storefront REST API on Setu's OpenAPI paths ({@code /api/storefronts}, {@code /api/storefronts/{id}}), which is
 * the form we answer with; {@link StorefrontGuidePaths} accepts the guide's singular form too.
 */
@Path("/api/storefronts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Storefronts")
@APIResponse(responseCode = "400", description = "invalid request or a broken rule", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such seller or storefront, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class StorefrontResource {

    private final StorefrontService storefronts;
    private final IdempotentRequests idempotent;

    public StorefrontResource(StorefrontService storefronts, IdempotentRequests idempotent) {
        this.storefronts = storefronts;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed("catalogue:write")
    @Operation(summary = "Create a storefront for the seller named by seller_id (Setu's setu_seller_id is accepted too)")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = StorefrontView.class)))
    @APIResponse(responseCode = "409", description = "storefront_id is taken", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> create(@Valid @NotNull NewStorefront request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (request.sellerId() == null) {
            throw ApiException.invalid("seller_id", "is required");
        }
        return create(request.sellerId(), request, idempotencyKey, idempotent, storefronts);
    }

    static Uni<Response> create(UUID sellerId, NewStorefront request, String idempotencyKey,
            IdempotentRequests idempotent, StorefrontService storefronts) {
        if (request.sellerId() != null && !request.sellerId().equals(sellerId)) {
            throw ApiException.invalid("seller_id", "must be the seller of the path");
        }
        return idempotent.once(idempotencyKey, "POST", "/api/sellers/" + sellerId + "/storefronts", request,
                () -> storefronts.create(sellerId, request).map(owned -> Response
                        .created(URI.create("/api/storefronts/" + owned.storefront().id))
                        .entity(StorefrontView.of(owned.storefront())).build()));
    }

    @GET
    @Path("/{storefront_id}")
    @RolesAllowed("catalogue:read")
    @Operation(summary = "Get a storefront")
    @APIResponse(responseCode = "200", description = "the storefront", content = @Content(schema = @Schema(implementation = StorefrontView.class)))
    public Uni<StorefrontView> get(@PathParam("storefront_id") UUID id) {
        return storefronts.find(id).map(owned -> StorefrontView.of(owned.storefront()));
    }

    @PATCH
    @Path("/{storefront_id}")
    @RolesAllowed("catalogue:write")
    @Operation(summary = "Change some of a storefront's fields (absent fields stay; a nested object sent replaces the stored one)")
    @APIResponse(responseCode = "200", description = "the updated storefront", content = @Content(schema = @Schema(implementation = StorefrontView.class)))
    public Uni<StorefrontView> update(@PathParam("storefront_id") UUID id, @Valid @NotNull StorefrontPatch patch) {
        return storefronts.update(id, patch).map(owned -> StorefrontView.of(owned.storefront()));
    }

    @DELETE
    @Path("/{storefront_id}")
    @RolesAllowed("catalogue:write")
    @Operation(summary = "Delete a storefront and its catalogue, permanently")
    @APIResponse(responseCode = "204", description = "deleted")
    public Uni<Response> delete(@PathParam("storefront_id") UUID id) {
        return storefronts.delete(id).replaceWith(Response.noContent().build());
    }
}
