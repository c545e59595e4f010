package in.haat.gateway.rest;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.api.TenantAccess;
import in.haat.gateway.mapping.OndcMessageView;
import in.haat.gateway.service.OndcMessageService;
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

/** Transaction-log REST API: the ONDC messages of a seller, for the tokens that may act for that seller. */
@Path("/api/sellers/{seller_id}/ondc-messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ONDC messages")
public class OndcMessageResource {

    private final OndcMessageService messages;
    private final TenantAccess tenants;

    public OndcMessageResource(OndcMessageService messages, TenantAccess tenants) {
        this.messages = messages;
        this.tenants = tenants;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "List the ONDC messages of a seller, newest first")
    public Uni<Page<OndcMessageView>> list(
            @PathParam("seller_id") UUID sellerId,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor, OndcMessageService.CURSOR_PARTS);
        return tenants.requireSeller(sellerId).chain(() -> messages.list(sellerId, page));
    }
}
