package in.haat.auth.rest;

import in.haat.auth.mapping.ClientView;
import in.haat.auth.mapping.NewClient;
import in.haat.auth.service.ClientService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for API clients: register, read, rotate the secret, revoke. Secrets are shown once. */
@Path("/admin/clients")
@Tag(name = "Admin")
@SecurityRequirement(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminClientResource {

    private final ClientService clients;

    public AdminClientResource(ClientService clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a client; the answer holds its secret, which is never shown again")
    public Uni<Response> register(@Valid @NotNull NewClient request) {
        return clients.register(request).map(client -> Response.created(URI.create("/admin/clients/" + client.clientId()))
                .entity(client).header("Cache-Control", "no-store").build());
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "Read a client (never its secret)")
    public Uni<ClientView> get(@PathParam("clientId") String clientId) {
        return clients.find(clientId);
    }

    @POST
    @Path("/{clientId}/secret")
    @Operation(summary = "Rotate the secret: the old one stops working at once; the answer holds the new one")
    public Uni<Response> rotate(@PathParam("clientId") String clientId) {
        return clients.rotateSecret(clientId).map(client -> Response.ok(client).header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("/{clientId}/revoke")
    @Operation(summary = "Revoke the client: its tokens are refused everywhere within seconds")
    public Uni<ClientView> revoke(@PathParam("clientId") String clientId) {
        return clients.revoke(clientId);
    }
}
