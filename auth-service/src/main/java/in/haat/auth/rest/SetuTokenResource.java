package in.haat.auth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import in.haat.auth.config.AuthConfig;
import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.mapping.SetuTokenRequest;
import in.haat.auth.mapping.SetuTokenResponse;
import in.haat.auth.service.ClientService;
import in.haat.auth.service.OAuthException;
import in.haat.auth.service.TokenService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Setu's "Generate Access Token" call, so integrations written for Setu work unchanged: JSON
 * {@code {client_id, client_secret, grant_type: client_credentials}} answers {@code {accessToken, expiresIn}}.
 */
@Path("/auth/token")
@Tag(name = "Setu-compatible")
public class SetuTokenResource {

    private final ClientService clients;
    private final TokenService tokens;
    private final AuthConfig config;

    public SetuTokenResource(ClientService clients, TokenService tokens, AuthConfig config) {
        this.clients = clients;
        this.tokens = tokens;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "Generate an access token (Setu's JSON shape; client_credentials only)")
    public Uni<Response> token(SetuTokenRequest request) {
        if (request == null || request.clientId() == null || request.clientSecret() == null) {
            return Uni.createFrom().failure(OAuthException.invalidRequest("client_id, client_secret and grant_type are required"));
        }
        if (!"client_credentials".equals(request.grantType())) {
            return Uni.createFrom().failure(OAuthException.unsupportedGrantType(String.valueOf(request.grantType())));
        }
        return clients.authenticate(new ClientCredentials(request.clientId(), request.clientSecret(), false))
                .chain(client -> tokens.clientCredentials(client, null, config.setuTokenLifetime()))
                .map(issued -> TokenResource.noStore(new SetuTokenResponse(issued.jwt(), issued.expiresIn(), "Bearer")));
    }

    /** A body that is not the JSON this endpoint reads (broken, a wrong type): RFC 6749's invalid_request, as every OAuth error. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return new OAuthExceptionMapper().map(OAuthException.invalidRequest("the request body is not JSON of the expected shape"));
    }
}
