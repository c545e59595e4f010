package in.haat.auth.rest;

import in.haat.auth.service.TokenService;
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

/** The OAuth 2.0 token endpoint (RFC 6749 section 3.2). */
@Path("/oauth2/token")
@Tag(name = "OAuth 2.0")
public class TokenResource {

    private final TokenService tokens;

    public TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue tokens: client_credentials, authorization_code (PKCE S256) or refresh_token")
    public Uni<Response> token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            String body) {
        return Uni.createFrom().item(() -> Forms.parse(body))
                .chain(form -> Uni.createFrom().item(() -> ClientAuthentication.from(authorization, Forms.single(form, "client_id"),
                                Forms.single(form, "client_secret")))
                        .chain(credentials -> tokens.token(credentials, Forms.flatten(form))))
                .map(TokenResource::noStore);
    }

    static Response noStore(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
