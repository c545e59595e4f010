package in.haat.inventory.rest;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.api.TenantAccess;
import in.haat.inventory.mapping.StockLevelView;
import in.haat.inventory.service.StockService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock REST API: a seller's stock levels, for the tokens that may act for that seller. */
@Path("/api/sellers/{seller_id}/stock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock")
public class StockResource {

    private final StockService stock;
    private final TenantAccess tenants;

    public StockResource(StockService stock, TenantAccess tenants) {
        this.stock = stock;
        this.tenants = tenants;
    }

    @GET
    @RolesAllowed("inventory:read")
    @Operation(summary = "List a seller's stock levels, by catalogue item")
    public Uni<Page<StockLevelView>> list(
            @PathParam("seller_id") UUID sellerId,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor, StockService.CURSOR_PARTS);
        return tenants.requireSeller(sellerId).chain(() -> stock.list(sellerId, page));
    }
}
