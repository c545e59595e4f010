package in.haat.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.api.ApiException;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Transaction-log REST API: the ONDC messages of a seller, for the tokens that may act for that seller. */
@Path("/api/sellers/{seller_id}/ondc-messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ONDC messages")
public class OndcMessageResource {

    /** Transactions one flow file may hold at most. */
    static final int MAX_FLOW_TRANSACTIONS = 20;

    private final OndcMessageService messages;
    private final TenantAccess tenants;

    public OndcMessageResource(OndcMessageService messages, TenantAccess tenants) {
        this.messages = messages;
        this.tenants = tenants;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "List the ONDC messages of a seller (of one transaction, if given), newest first")
    public Uni<Page<OndcMessageView>> list(
            @PathParam("seller_id") UUID sellerId,
            @Parameter(description = "only the messages of this transaction") @QueryParam("transaction_id") String transactionId,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor, OndcMessageService.CURSOR_PARTS);
        Optional<String> transaction = Optional.ofNullable(transactionId).filter(t -> !t.isBlank());
        return tenants.requireSeller(sellerId).chain(() -> messages.list(sellerId, transaction, page));
    }

    @GET
    @Path("/flow")
    @RolesAllowed("orders:read")
    @Operation(summary = "One or more of the seller's transactions as the flow file ONDC's log validator and Pramaan take")
    public Uni<ObjectNode> flow(
            @PathParam("seller_id") UUID sellerId,
            @Parameter(description = "the transactions to export (repeat the parameter for several)", required = true)
            @QueryParam("transaction_id") List<String> transactionIds,
            @Parameter(description = "the validator's flow id (2: search to delivery, 3: out of stock, ...; igm: an IGM 1.0.0 transaction for its IGM check); guessed when absent")
            @QueryParam("flow") String flow) {
        List<String> ids = transactionIds == null ? List.of() : transactionIds.stream().filter(t -> !t.isBlank()).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_FLOW_TRANSACTIONS) {
            throw ApiException.invalid("transaction_id", "give 1 to " + MAX_FLOW_TRANSACTIONS + " transaction ids");
        }
        return tenants.requireSeller(sellerId).chain(() -> messages.flow(sellerId, ids, flow))
                .map(file -> file.orElseThrow(() -> ApiException.notFound("no transaction " + String.join(", ", ids) + " of this seller")));
    }
}
