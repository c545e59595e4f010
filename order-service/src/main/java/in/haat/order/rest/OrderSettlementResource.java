package in.haat.order.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One order's settlement: what the seller is owed for it and why, its due date, state and the network's word on it. */
@Path("/api/orders/{order_id}/settlement")
@Produces(MediaType.APPLICATION_JSON)
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
