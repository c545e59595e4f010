package in.haat.gateway.rest;

import in.haat.gateway.beckn.InboundRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The beckn endpoints buyer apps call. Signed with ONDC signatures, not tokens, so open to all callers; the
 * body is taken as raw bytes because the signature covers exactly those bytes.
 */
@Path("/")
@PermitAll
@Tag(name = "ONDC (beckn)")
public class BecknResource {

    private final InboundRequests inbound;

    public BecknResource(InboundRequests inbound) {
        this.inbound = inbound;
    }

    @POST
    @Path("{action: search|select|init|confirm|status|track|cancel|update|rating|issue|issue_status|recon|on_settle|on_report}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A buyer app's request (or RSF's /recon, or the settlement agency's /on_settle, /on_report): verified, logged and handed on at once; the /on_ callback follows where one is due")
    public Uni<Response> receive(@PathParam("action") String action, byte[] body,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Gateway-Authorization") String gatewayAuthorization) {
        return inbound.receive(action, body == null ? new byte[0] : body, authorization, gatewayAuthorization)
                .map(answer -> {
                    Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body().entity())
                            .type(MediaType.APPLICATION_JSON_TYPE);
                    if (answer.challengeHeader() != null) {
                        response.header(answer.challengeHeader(), answer.challenge());
                    }
                    return response.build();
                });
    }
}
