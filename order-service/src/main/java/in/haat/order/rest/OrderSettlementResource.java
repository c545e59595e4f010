package in.haat.order.rest;

import in.haat.api.ApiError;
import in.haat.order.mapping.SettlementView;
import in.haat.order.service.SettlementQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One order's settlement: what the seller is owed for it and why, its due date, state and the network's word on it. */
@Path("/api/orders/{order_id}/settlement")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such order, or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Settlements")
public class OrderSettlementResource {

    private final SettlementQueries queries;

    public OrderSettlementResource(SettlementQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "The order's settlement: order value, finder fee, withholding, TCS, TDS, refunds, net payable, due date, state")
    public Uni<SettlementView> get(@PathParam("order_id") String orderId) {
        return queries.get(orderId);
    }
}
