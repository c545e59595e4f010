package in.haat.order.rest;

import in.haat.api.ApiError;
import in.haat.api.IdempotentRequests;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.mapping.IssueFilter;
import in.haat.order.mapping.IssueResponse;
import in.haat.order.mapping.IssueView;
import in.haat.order.service.IssueQueries;
import in.haat.order.service.IssueWork;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buyers' issues (IGM) as a seller works them: the list, one with its history, and the seller's response. */
@Path("/api/issues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issues")
public class IssueResource {

    private final IssueQueries queries;
    private final IssueWork work;
    private final IdempotentRequests idempotent;

    public IssueResource(IssueQueries queries, IssueWork work, IdempotentRequests idempotent) {
        this.queries = queries;
        this.work = work;
        this.idempotent = idempotent;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "List the issues the caller may see, newest first")
    public Uni<Page<IssueView>> list(
            @Parameter(description = "only this seller's") @QueryParam("seller_id") String sellerId,
            @Parameter(description = "only in this state: PROCESSING, NEED-MORE-INFO, RESOLVED, CLOSED") @QueryParam("state") String state,
            @Parameter(description = "only about this order") @QueryParam("order_id") String orderId,
            @Parameter(description = "true: only those past a response or resolution deadline; false: only those not") @QueryParam("overdue") String overdue,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        IssueFilter filter = IssueFilter.parse(sellerId, state, orderId, overdue);
        return queries.list(filter, PageRequest.parse(limit, cursor, IssueQueries.CURSOR_PARTS));
    }

    @GET
    @Path("/{issue_id}")
    @RolesAllowed("orders:read")
    @Operation(summary = "One issue, with every action on it")
    public Uni<IssueView> get(@PathParam("issue_id") String issueId) {
        return queries.get(issueId);
    }

    @POST
    @Path("/{issue_id}/respond")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:write")
    @Operation(summary = "Respond to an issue: PROCESSING, NEED-MORE-INFO, or RESOLVED with a resolution",
            description = "Sends the buyer app an unsolicited /on_issue. 409 when the issue's state does not permit it (docs/igm.md).")
    @APIResponse(responseCode = "200", description = "the issue as it now is", content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(responseCode = "409", description = "the issue's state does not permit it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> respond(@PathParam("issue_id") String issueId, IssueResponse body,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.once(idempotencyKey, "POST", "/api/issues/" + issueId + "/respond", body,
                () -> work.respond(issueId, body).map(view -> Response.ok(view).build()));
    }
}
