package in.haat.inventory.rest;

import in.haat.api.ApiError;
import in.haat.api.IdempotentRequests;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.inventory.mapping.SetStock;
import in.haat.inventory.mapping.StockAdjustment;
import in.haat.inventory.mapping.StockBatch;
import in.haat.inventory.mapping.StockBatchResult;
import in.haat.inventory.mapping.StockLevelView;
import in.haat.inventory.service.StockService;
import in.haat.inventory.service.StockUpdateBatches;
import in.haat.inventory.service.StockUpdates;
import in.haat.inventory.service.StorefrontAccess;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A storefront's stock: Setu's inventory update (PUT, or PATCH as Setu's own API has it), delta adjustments,
 * batch updates and reads, for tokens that may act for the storefront's seller.
 */
@Path("/api/storefronts/{storefront_id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "invalid request", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such storefront, item or hold, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Stock")
public class StorefrontStockResource {

    private final StockService stock;
    private final StockUpdates updates;
    private final StockUpdateBatches batches;
    private final StorefrontAccess access;
    private final IdempotentRequests idempotent;

    public StorefrontStockResource(StockService stock, StockUpdates updates, StockUpdateBatches batches, StorefrontAccess access,
            IdempotentRequests idempotent) {
        this.stock = stock;
        this.updates = updates;
        this.batches = batches;
        this.access = access;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/inventory")
    @RolesAllowed("inventory:read")
    @Operation(summary = "List a storefront's stock, by catalogue item")
    @APIResponse(responseCode = "200", description = "a page of stock levels", content = @Content(schema = @Schema(implementation = StockLevelPage.class)))
    public Uni<Page<StockLevelView>> list(
            @PathParam("storefront_id") UUID storefrontId,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor, StockService.STOREFRONT_CURSOR_PARTS);
        return access.require(storefrontId).chain(() -> stock.listStorefront(storefrontId, page));
    }

    @GET
    @Path("/catalogue/{catalogue_item_id}/inventory")
    @RolesAllowed("inventory:read")
    @Operation(summary = "Get one catalogue item's stock")
    @APIResponse(responseCode = "200", description = "the stock level", content = @Content(schema = @Schema(implementation = StockLevelView.class)))
    public Uni<StockLevelView> get(@PathParam("storefront_id") UUID storefrontId,
            @PathParam("catalogue_item_id") UUID catalogueItemId) {
        return access.require(storefrontId).chain(() -> stock.get(storefrontId, catalogueItemId));
    }

    @PUT
    @Path("/catalogue/{catalogue_item_id}/inventory")
    @APIResponse(responseCode = "409", description = "conflicts with the stock as it is", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "cannot be applied as asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RolesAllowed("inventory:write")
    @Operation(summary = "Set a catalogue item's quantity on hand (Setu's inventory update)",
            description = "Absolute: on_hand becomes quantity. Answers 200 with the stock (Setu answers 202 or 204 empty). "
                    + "409 BELOW_SPOKEN_FOR if quantity is below held + committed, 409 ON_HAND_CHANGED if expected_on_hand "
                    + "is not on_hand, 422 UNIT_MISMATCH if the unit is not the catalogue item's.")
    @APIResponse(responseCode = "200", description = "the stock level as it now is", content = @Content(schema = @Schema(implementation = StockLevelView.class)))
    public Uni<Response> set(@PathParam("storefront_id") UUID storefrontId,
            @PathParam("catalogue_item_id") UUID catalogueItemId, @Valid @NotNull SetStock request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return setStock("PUT", storefrontId, catalogueItemId, request, idempotencyKey);
    }

    @PATCH
    @Path("/catalogue/{catalogue_item_id}/inventory")
    @APIResponse(responseCode = "409", description = "conflicts with the stock as it is", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "cannot be applied as asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RolesAllowed("inventory:write")
    @Operation(summary = "Set a catalogue item's quantity on hand (Setu's method: PATCH); the same as PUT")
    @APIResponse(responseCode = "200", description = "the stock level as it now is", content = @Content(schema = @Schema(implementation = StockLevelView.class)))
    public Uni<Response> patch(@PathParam("storefront_id") UUID storefrontId,
            @PathParam("catalogue_item_id") UUID catalogueItemId, @Valid @NotNull SetStock request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return setStock("PATCH", storefrontId, catalogueItemId, request, idempotencyKey);
    }

    private Uni<Response> setStock(String method, UUID storefrontId, UUID catalogueItemId, SetStock request,
            String idempotencyKey) {
        String path = "/api/storefronts/" + storefrontId + "/catalogue/" + catalogueItemId + "/inventory";
        if (idempotencyKey == null) {
            // Committed with the updates that arrive with it (StockUpdateBatches): one commit for many.
            return access.requireForChange(storefrontId).chain(() -> batches.set(storefrontId, catalogueItemId, request))
                    .map(level -> Response.ok(StockLevelView.of(level)).build());
        }
        // With a key, the update commits together with the key's record, in the key's own transaction.
        return idempotent.once(idempotencyKey, method, path, request, () -> access.require(storefrontId)
                .chain(() -> updates.setInCurrentTransaction(storefrontId, catalogueItemId, request))
                .map(level -> Response.ok(StockLevelView.of(level)).build()));
    }

    @POST
    @Path("/catalogue/{catalogue_item_id}/inventory/adjustments")
    @APIResponse(responseCode = "409", description = "conflicts with the stock as it is", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "cannot be applied as asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RolesAllowed("inventory:write")
    @Operation(summary = "Change a catalogue item's quantity on hand by a delta, with a reason",
            description = "409 BELOW_SPOKEN_FOR if on_hand would drop below held + committed, 409 ON_HAND_CHANGED if "
                    + "expected_on_hand is not on_hand.")
    @APIResponse(responseCode = "200", description = "the stock level as it now is", content = @Content(schema = @Schema(implementation = StockLevelView.class)))
    public Uni<Response> adjust(@PathParam("storefront_id") UUID storefrontId,
            @PathParam("catalogue_item_id") UUID catalogueItemId, @Valid @NotNull StockAdjustment request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (idempotencyKey == null) {
            // As a set without a key: committed with the changes that arrive with it.
            return access.requireForChange(storefrontId).chain(() -> batches.adjust(storefrontId, catalogueItemId, request))
                    .map(level -> Response.ok(StockLevelView.of(level)).build());
        }
        String path = "/api/storefronts/" + storefrontId + "/catalogue/" + catalogueItemId + "/inventory/adjustments";
        return idempotent.once(idempotencyKey, "POST", path, request, () -> access.require(storefrontId)
                .chain(() -> updates.adjust(storefrontId, catalogueItemId, request))
                .map(level -> Response.ok(StockLevelView.of(level)).build()));
    }

    @POST
    @Path("/inventory/batch")
    @APIResponse(responseCode = "409", description = "conflicts with the stock as it is", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "cannot be applied as asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RolesAllowed("inventory:write")
    @Operation(summary = "Set or adjust many catalogue items' stock in one call, with a result per item",
            description = "Each item is a set (quantity) or an adjustment (delta + reason). A rejected item does not "
                    + "stop the others: the answer is 200 with updated/rejected counts and each item's result.")
    @APIResponse(responseCode = "200", description = "how many items were updated and rejected, and each one's result", content = @Content(schema = @Schema(implementation = StockBatchResult.class)))
    public Uni<Response> batch(@PathParam("storefront_id") UUID storefrontId, @Valid @NotNull StockBatch request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String path = "/api/storefronts/" + storefrontId + "/inventory/batch";
        return idempotent.once(idempotencyKey, "POST", path, request, () -> access.require(storefrontId)
                .chain(() -> updates.batch(storefrontId, request.items()))
                .map(result -> Response.ok(result).build()));
    }

    /** The OpenAPI schema of a page of stock levels (Page is generic; an annotation needs a class). */
    @Schema(name = "StockLevelPage")
    record StockLevelPage(List<StockLevelView> items,
            @Schema(nullable = true, description = "null on the last page; otherwise send it back as ?cursor= for the next one")
            @com.fasterxml.jackson.annotation.JsonProperty("next_cursor") String nextCursor) {
    }
}
