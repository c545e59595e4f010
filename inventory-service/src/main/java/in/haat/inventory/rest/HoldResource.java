package in.haat.inventory.rest;

import in.haat.api.ApiError;
import in.haat.api.IdempotentRequests;
import in.haat.inventory.mapping.HoldView;
import in.haat.inventory.mapping.NewHold;
import in.haat.inventory.service.StockHolds;
import in.haat.inventory.service.StorefrontAccess;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Holds for orders on a storefront's stock: hold, commit, release, read; idempotent by reference. */
@Path("/api/storefronts/{storefront_id}/inventory/holds")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "invalid request", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such storefront, item or hold, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Holds")
public class HoldResource {

    private final StockHolds holds;
    private final StorefrontAccess access;
    private final IdempotentRequests idempotent;

    public HoldResource(StockHolds holds, StorefrontAccess access, IdempotentRequests idempotent) {
        this.holds = holds;
        this.access = access;
        this.idempotent = idempotent;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "conflicts with the stock as it is", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "cannot be applied as asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RolesAllowed("inventory:write")
    @Operation(summary = "Hold items for an order, all or none, for a time",
            description = "201 with the new hold; 200 with the existing one if the reference already holds the same "
                    + "items; 409 INSUFFICIENT_STOCK (nothing held) if any item lacks available units; 409 "
                    + "HOLD_REFERENCE_REUSED if the reference holds other items.")
    @APIResponse(responseCode = "201", description = "the new hold", content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "200", description = "the reference already holds the same items: that hold", content = @Content(schema = @Schema(implementation = HoldView.class)))
    public Uni<Response> hold(@PathParam("storefront_id") UUID storefrontId, @Valid @NotNull NewHold request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String path = "/api/storefronts/" + storefrontId + "/inventory/holds";
        return idempotent.once(idempotencyKey, "POST", path, request, () -> access.require(storefrontId)
                .chain(() -> holds.hold(storefrontId, request.reference(), request.items(), request.ttl()))
                .map(outcome -> (outcome.created()
                        ? Response.created(URI.create(path + "/" + request.reference()))
                        : Response.ok())
                        .entity(HoldView.of(outcome.hold())).build()));
    }

    @GET
    @Path("/{reference}")
    @RolesAllowed("inventory:read")
    @Operation(summary = "Get a hold by its reference")
    @APIResponse(responseCode = "200", description = "the hold", content = @Content(schema = @Schema(implementation = HoldView.class)))
    public Uni<HoldView> get(@PathParam("storefront_id") UUID storefrontId, @PathParam("reference") String reference) {
        return access.require(storefrontId).chain(() -> holds.find(storefrontId, reference)).map(HoldView::of);
    }

    @POST
    @Path("/{reference}/commit")
    @APIResponse(responseCode = "409", description = "conflicts with the stock as it is", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "cannot be applied as asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RolesAllowed("inventory:write")
    @Operation(summary = "Commit a hold to its order: held units become committed",
            description = "Committing again changes nothing; 409 HOLD_EXPIRED or HOLD_RELEASED otherwise.")
    @APIResponse(responseCode = "200", description = "the hold, committed", content = @Content(schema = @Schema(implementation = HoldView.class)))
    public Uni<Response> commit(@PathParam("storefront_id") UUID storefrontId, @PathParam("reference") String reference,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String path = "/api/storefronts/" + storefrontId + "/inventory/holds/" + reference + "/commit";
        return idempotent.once(idempotencyKey, "POST", path, null, () -> access.require(storefrontId)
                .chain(() -> holds.commit(storefrontId, reference))
                .map(hold -> Response.ok(HoldView.of(hold)).build()));
    }

    @POST
    @Path("/{reference}/release")
    @APIResponse(responseCode = "409", description = "conflicts with the stock as it is", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "cannot be applied as asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RolesAllowed("inventory:write")
    @Operation(summary = "Release a hold: its units are available again",
            description = "Releasing a released or expired hold changes nothing; 409 HOLD_COMMITTED after a commit.")
    @APIResponse(responseCode = "200", description = "the hold, released", content = @Content(schema = @Schema(implementation = HoldView.class)))
    public Uni<Response> release(@PathParam("storefront_id") UUID storefrontId, @PathParam("reference") String reference,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String path = "/api/storefronts/" + storefrontId + "/inventory/holds/" + reference + "/release";
        return idempotent.once(idempotencyKey, "POST", path, null, () -> access.require(storefrontId)
                .chain(() -> holds.release(storefrontId, reference))
                .map(hold -> Response.ok(HoldView.of(hold)).build()));
    }
}
