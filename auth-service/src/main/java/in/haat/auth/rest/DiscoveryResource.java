package in.haat.auth.rest;

import in.haat.auth.config.AuthConfig;
import in.haat.auth.service.Scopes;
import in.haat.auth.service.SigningKeys;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.JsonWebKey;

/** Issuer metadata (OpenID Connect Discovery and RFC 8414) and the JWKS that resource servers verify tokens with. */
@Path("/")
@Tag(name = "Discovery")
public class DiscoveryResource {

    private final AuthConfig config;
    private final SigningKeys keys;

    public DiscoveryResource(AuthConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    @GET
    @Path(".well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Connect discovery document")
    public Map<String, Object> openidConfiguration() {
        Map<String, Object> metadata = metadata();
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("claims_supported", List.of("iss", "sub", "aud", "exp", "iat", "jti", "client_id", "scope",
                "haat_client_kind", "haat_seller_ids", "haat_partner_id"));
        return metadata;
    }

    @GET
    @Path(".well-known/oauth-authorization-server")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 authorization server metadata (RFC 8414)")
    public Map<String, Object> authorizationServer() {
        return metadata();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "The keys access tokens are signed with (current and still-valid retired ones)")
    public Uni<Response> jwks() {
        return keys.published().map(published -> Response
                .ok(SigningKeys.jwks(published).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "public, max-age=300")
                .build());
    }

    private Map<String, Object> metadata() {
        String issuer = config.issuer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/oauth2/authorize");
        metadata.put("token_endpoint", issuer + "/oauth2/token");
        metadata.put("jwks_uri", issuer + "/jwks");
        metadata.put("revocation_endpoint", issuer + "/oauth2/revoke");
        metadata.put("introspection_endpoint", issuer + "/oauth2/introspect");
        metadata.put("scopes_supported", Scopes.SUPPORTED);
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("response_modes_supported", List.of("query"));
        metadata.put("grant_types_supported", List.of("client_credentials", "authorization_code", "refresh_token"));
        List<String> clientAuth = List.of("client_secret_basic", "client_secret_post");
        metadata.put("token_endpoint_auth_methods_supported", clientAuth);
        metadata.put("revocation_endpoint_auth_methods_supported", clientAuth);
        metadata.put("introspection_endpoint_auth_methods_supported", clientAuth);
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        return metadata;
    }
}
