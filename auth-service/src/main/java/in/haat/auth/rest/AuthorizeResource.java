package in.haat.auth.rest;

import in.haat.auth.mapping.AuthorizationRequest;
import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.service.AuthorizationOutcome;
import in.haat.auth.service.AuthorizationService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The authorization endpoint: a seller sees what a third-party app asks for and approves or declines it. */
@Path("/oauth2/authorize")
@Tag(name = "OAuth 2.0")
public class AuthorizeResource {

    private final AuthorizationService authorization;

    public AuthorizeResource(AuthorizationService authorization) {
        this.authorization = authorization;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Start the authorization code flow (PKCE S256 required): shows the consent page")
    public Uni<Response> begin(@Context UriInfo uri) {
        MultivaluedMap<String, String> query = Forms.parse(uri.getRequestUri().getRawQuery());
        AuthorizationRequest request = AuthorizationRequest.from(query::getFirst);
        return authorization.begin(request).map(outcome -> render(outcome, request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The seller's decision from the consent page")
    public Uni<Response> decide(String body) {
        MultivaluedMap<String, String> form = Forms.parse(body);
        AuthorizationRequest request = AuthorizationRequest.from(form::getFirst);
        boolean approved = "approve".equals(form.getFirst("decision"));
        ClientCredentials seller = new ClientCredentials(form.getFirst("seller_client_id"), form.getFirst("seller_client_secret"), false);
        return authorization.decide(request, approved, seller).map(outcome -> render(outcome, request));
    }

    private static Response render(AuthorizationOutcome outcome, AuthorizationRequest request) {
        return switch (outcome) {
            case AuthorizationOutcome.Redirect redirect -> Response.seeOther(redirect.location()).build();
            case AuthorizationOutcome.ErrorPage error -> page(error.status(), ConsentPage.error(error.message()));
            case AuthorizationOutcome.Consent consent -> page(consent.message() == null ? 200 : 401,
                    ConsentPage.consent(consent.client(), consent.scopes(), request, consent.message()));
        };
    }

    private static Response page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .build();
    }
}
