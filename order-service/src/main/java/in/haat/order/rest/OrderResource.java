package in.haat.order.rest;

import in.haat.api.ApiError;
import in.haat.api.IdempotentRequests;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.mapping.OrderFilter;
import in.haat.order.mapping.OrderView;
import in.haat.order.mapping.PartCancel;
import in.haat.order.mapping.Rejection;
import in.haat.order.mapping.ReturnStep;
import in.haat.order.service.OrderQueries;
import in.haat.order.service.PartCancelFlow;
import in.haat.order.service.ReturnActions;
import in.haat.order.service.SellerActions;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seller's orders: list with filters and cursor paging, one order with its history, and the actions on it. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "invalid request", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such order, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Orders")
public class OrderResource {

    private final OrderQueries queries;
    private final SellerActions actions;
    private final PartCancelFlow partCancels;
    private final ReturnActions returns;
    private final IdempotentRequests idempotent;

    public OrderResource(OrderQueries queries, SellerActions actions, PartCancelFlow partCancels, ReturnActions returns,
            IdempotentRequests idempotent) {
        this.queries = queries;
        this.actions = actions;
        this.partCancels = partCancels;
        this.returns = returns;
        this.idempotent = idempotent;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "List the orders the token may see, newest first")
    @APIResponse(responseCode = "200", description = "a page of orders", content = @Content(schema = @Schema(implementation = OrderPage.class)))
    public Uni<Page<OrderView>> list(
            @Parameter(description = "only this storefront's orders") @QueryParam("storefront_id") String storefrontId,
            @Parameter(description = "only this seller's orders") @QueryParam("seller_id") String sellerId,
            @Parameter(description = "ONDC order state: Created, Accepted, In-progress, Completed, Cancelled") @QueryParam("state") String state,
            @Parameter(description = "created at or after (RFC 3339)") @QueryParam("from") String from,
            @Parameter(description = "created before (RFC 3339)") @QueryParam("to") String to,
            @Parameter(description = "only this order") @QueryParam("order_id") String orderId,
            @Parameter(description = "only orders with this item (catalogue_item_id)") @QueryParam("item_id") String itemId,
            @Parameter(description = "only this buyer's orders: the billing phone, compared by its last 10 digits") @QueryParam("buyer_phone") String buyerPhone,
            @Parameter(description = "only orders with a fulfilment (Delivery, Cancel, RTO, Return) in this state, e.g. Packed, RTO-Initiated, Return_Initiated")
            @QueryParam("fulfilment_state") String fulfilmentState,
            @Parameter(description = "changed at or after (RFC 3339): with fulfilment_state, when that fulfilment reached the state, else the order's last change")
            @QueryParam("updated_from") String updatedFrom,
            @Parameter(description = "changed before (RFC 3339), as updated_from") @QueryParam("updated_to") String updatedTo,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        // Read from the whole query, so that a parameter that is no filter is refused instead of ignored.
        OrderFilter filter = OrderFilter.parse(uri.getQueryParameters(), OrderFilter.FILTERS);
        PageRequest page = PageRequest.parse(limit, cursor, OrderQueries.CURSOR_PARTS);
        return queries.list(filter, page);
    }

    @GET
    @Path("/{order_id}")
    @RolesAllowed("orders:read")
    @Operation(summary = "One order, with every state change it went through")
    @APIResponse(responseCode = "200", description = "the order", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Uni<OrderView> get(@PathParam("order_id") String orderId) {
        return queries.get(orderId);
    }

    @POST
    @Path("/{order_id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:write")
    @Operation(summary = "Reject (cancel) the order with an ONDC cancellation reason code",
            description = "Before pick-up; 409 otherwise. Sends the buyer app the unsolicited /on_cancel (Cancelled, the Cancel fulfilment).")
    @APIResponse(responseCode = "200", description = "the order as it now is", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "the order's state does not permit it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> reject(@PathParam("order_id") String orderId, Rejection body,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String reason = body == null ? null : body.reasonCode();
        return idempotent.once(idempotencyKey, "POST", "/api/orders/" + orderId + "/reject", body,
                () -> actions.act(orderId, "reject", reason).map(view -> Response.ok(view).build()));
    }

    @POST
    @Path("/{order_id}/rto")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:write")
    @Operation(summary = "Start the order's return to origin (RTO) with an ONDC RTO reason code (011 to 015)",
            description = "Once picked up and not delivered; 409 otherwise. Cancels the order and sends the buyer app the unsolicited "
                    + "/on_cancel with the RTO fulfilment (RTO-Initiated).")
    @APIResponse(responseCode = "200", description = "the order as it now is", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "the order's state does not permit it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> rto(@PathParam("order_id") String orderId, Rejection body,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String reason = body == null ? null : body.reasonCode();
        return idempotent.once(idempotencyKey, "POST", "/api/orders/" + orderId + "/rto", body,
                () -> actions.act(orderId, "rto", reason).map(view -> Response.ok(view).build()));
    }

    @POST
    @Path("/{order_id}/part-cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:write")
    @Operation(summary = "Cancel some units of some lines with an ONDC reason code (002, 012)",
            description = "Before pick-up, leaving at least one unit; 409 otherwise. Gives the units back to stock and sends the buyer "
                    + "app the unsolicited /on_update with the reduced quantities, the Cancel fulfilment and the recomputed quote.")
    @APIResponse(responseCode = "200", description = "the order as it now is", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "the order's state does not permit it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> partCancel(@PathParam("order_id") String orderId, PartCancel body,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.once(idempotencyKey, "POST", "/api/orders/" + orderId + "/part-cancel", body,
                () -> partCancels.partCancel(orderId, body).map(view -> Response.ok(view).build()));
    }

    @POST
    @Path("/{order_id}/returns/{return_id}/{action: approve|reject|picked|delivered|liquidate}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:write")
    @Operation(summary = "Act on a buyer's return: approve, reject (with an ONDC return rejection reason), picked, delivered, liquidate",
            description = "Each from the return's state before it (docs/order-api.md); 409 otherwise. Sends the buyer app the unsolicited "
                    + "/on_update; picked and liquidate refund the units, delivered puts them back on hand (unless sellable is false).")
    @APIResponse(responseCode = "200", description = "the order as it now is", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "the return's state does not permit it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> returnAction(@PathParam("order_id") String orderId, @PathParam("return_id") String returnId,
            @PathParam("action") String action, ReturnStep body, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        ReturnStep step = body == null ? new ReturnStep(null, null) : body;
        return idempotent.once(idempotencyKey, "POST", "/api/orders/" + orderId + "/returns/" + returnId + "/" + action, body,
                () -> returns.act(orderId, returnId, action, step).map(view -> Response.ok(view).build()));
    }

    @POST
    @Path("/{order_id}/{action: accept|pack|ready-to-ship|ship|out-for-delivery|deliver|rto-delivered|rto-disposed}")
    @RolesAllowed("orders:write")
    @Operation(summary = "Move the order on: accept, pack, ready-to-ship, ship, out-for-delivery, deliver, rto-delivered, rto-disposed",
            description = "Each only from the state before it (docs/order-api.md); 409 otherwise. Sends the buyer app the "
                    + "unsolicited /on_status; from pick-up on it carries the invoice. rto-delivered puts the units back on hand.")
    @APIResponse(responseCode = "200", description = "the order as it now is", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "the order's state does not permit it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> act(@PathParam("order_id") String orderId, @PathParam("action") String action,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.once(idempotencyKey, "POST", "/api/orders/" + orderId + "/" + action, null,
                () -> actions.act(orderId, action, null).map(view -> Response.ok(view).build()));
    }

    /** The OpenAPI schema of a page of orders (Page is generic; an annotation needs a class). */
    @Schema(name = "OrderPage")
    record OrderPage(java.util.List<OrderView> items,
            @Schema(nullable = true, description = "null on the last page; otherwise send it back as ?cursor= for the next one")
            @com.fasterxml.jackson.annotation.JsonProperty("next_cursor") String nextCursor) {
    }
}
