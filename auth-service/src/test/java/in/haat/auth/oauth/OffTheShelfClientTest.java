package in.haat.auth.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Nimbus OAuth 2.0 SDK, a library that is not ours, discovers the issuer and gets a token with client credentials. */
@QuarkusTest
class OffTheShelfClientTest {

    @Test
    void nimbusDiscoversTheIssuerAndObtainsAToken() throws Exception {
        AuthApi.Client partner = AuthApi.partner("p-nimbus", "sellers:read", "orders:read");

        OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(AuthApi.ISSUER));
        assertEquals(AuthApi.ISSUER + "/oauth2/token", metadata.getTokenEndpointURI().toString());

        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(partner.id()), new Secret(partner.secret())),
                new ClientCredentialsGrant(), new Scope("orders:read"));
        TokenResponse response = TokenResponse.parse(request.toHTTPRequest().send());

        assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
        String jwt = response.toSuccessResponse().getTokens().getAccessToken().getValue();
        assertEquals("orders:read", AuthApi.verify(jwt).getClaimValueAsString("scope"));
    }
}
