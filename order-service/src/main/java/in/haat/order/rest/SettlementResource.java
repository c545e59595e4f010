package in.haat.order.rest;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.mapping.SettlementFilter;
import in.haat.order.mapping.SettlementView;
import in.haat.order.service.SettlementQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seller's settlements: what each order settles at, by state and date, with cursor paging (docs/settlement.md). */
@Path("/api/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlements")
public class SettlementResource {

    private final SettlementQueries queries;

    public SettlementResource(SettlementQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "List the settlements of the orders the token may see, newest order first")
    public Uni<Page<SettlementView>> list(
            @Parameter(description = "only this storefront's orders") @QueryParam("storefront_id") String storefrontId,
            @Parameter(description = "only this seller's orders") @QueryParam("seller_id") String sellerId,
            @Parameter(description = "pending, settled or disputed") @QueryParam("state") String state,
            @Parameter(description = "orders created at or after (RFC 3339)") @QueryParam("from") String from,
            @Parameter(description = "orders created before (RFC 3339)") @QueryParam("to") String to,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        SettlementFilter filter = SettlementFilter.parse(uri.getQueryParameters());
        return queries.list(filter, PageRequest.parse(limit, cursor, SettlementQueries.CURSOR_PARTS));
    }
}
