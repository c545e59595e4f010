package in.haat.auth.rest;

import in.haat.auth.service.IntrospectionService;
import in.haat.auth.service.RevocationService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Token revocation (RFC 7009) and introspection (RFC 7662), both for an authenticated client. */
@Path("/oauth2")
@Tag(name = "OAuth 2.0")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_JSON)
public class TokenStatusResource {

    private final RevocationService revocation;
    private final IntrospectionService introspection;

    public TokenStatusResource(RevocationService revocation, IntrospectionService introspection) {
        this.revocation = revocation;
        this.introspection = introspection;
    }

    @POST
    @Path("/revoke")
    @Operation(summary = "Revoke an access or refresh token (200 even for unknown tokens)")
    public Uni<Response> revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return Uni.createFrom().item(() -> Forms.parse(body))
                .chain(form -> Uni.createFrom().item(() -> ClientAuthentication.from(authorization, Forms.single(form, "client_id"),
                                Forms.single(form, "client_secret")))
                        .chain(credentials -> revocation.revoke(credentials, Forms.single(form, "token"), Forms.single(form, "token_type_hint"))))
                .map(ignored -> Response.ok().header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("/introspect")
    @Operation(summary = "Introspect a token of the calling client")
    public Uni<Response> introspect(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return Uni.createFrom().item(() -> Forms.parse(body))
                .chain(form -> Uni.createFrom().item(() -> ClientAuthentication.from(authorization, Forms.single(form, "client_id"),
                                Forms.single(form, "client_secret")))
                        .chain(credentials -> introspection.introspect(credentials, Forms.single(form, "token"))))
                .map(TokenResource::noStore);
    }
}
