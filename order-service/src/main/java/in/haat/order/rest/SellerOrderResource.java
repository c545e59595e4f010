package in.haat.order.rest;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.mapping.OrderFilter;
import in.haat.order.mapping.OrderView;
import in.haat.order.service.OrderQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One seller's orders, for the tokens that may act for that seller (the same list as /api/orders?seller_id=). */
@Path("/api/sellers/{seller_id}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class SellerOrderResource {

    private final OrderQueries queries;

    public SellerOrderResource(OrderQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "List a seller's orders, newest first")
    public Uni<Page<OrderView>> list(
            @PathParam("seller_id") UUID sellerId,
            @Parameter(description = "only orders in this state") @QueryParam("state") String state,
            @Parameter(description = "created at or after (RFC 3339)") @QueryParam("from") String from,
            @Parameter(description = "created before (RFC 3339)") @QueryParam("to") String to,
            @Parameter(description = "only this order") @QueryParam("order_id") String orderId,
            @Parameter(description = "only orders with this item (catalogue_item_id)") @QueryParam("item_id") String itemId,
            @Parameter(description = "only this buyer's orders: the billing phone, compared by its last 10 digits") @QueryParam("buyer_phone") String buyerPhone,
            @Parameter(description = "only orders with a fulfilment (Delivery, Cancel, RTO, Return) in this state") @QueryParam("fulfilment_state") String fulfilmentState,
            @Parameter(description = "changed at or after (RFC 3339): with fulfilment_state, when that fulfilment reached the state, else the order's last change")
            @QueryParam("updated_from") String updatedFrom,
            @Parameter(description = "changed before (RFC 3339), as updated_from") @QueryParam("updated_to") String updatedTo,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        // The seller is the path's: every filter of /api/orders but seller_id.
        java.util.Set<String> filters = new java.util.HashSet<>(OrderFilter.FILTERS);
        filters.remove("seller_id");
        OrderFilter filter = OrderFilter.parse(uri.getQueryParameters(), filters);
        PageRequest page = PageRequest.parse(limit, cursor, OrderQueries.CURSOR_PARTS);
        return queries.listOfSeller(sellerId, filter, page);
    }
}
