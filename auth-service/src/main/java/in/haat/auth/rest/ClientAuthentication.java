package in.haat.auth.rest;

import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.service.OAuthException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads client credentials from HTTP Basic (RFC 6749 section 2.3.1, form-encoded id and secret) or from form fields. */
final class ClientAuthentication {

    private ClientAuthentication() {
    }

    static ClientCredentials from(String authorization, String formClientId, String formSecret) {
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && formSecret != null) {
            throw OAuthException.invalidRequest("use one client authentication method, not both");
        }
        if (basic) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthException.invalidClient("malformed Basic credentials", true);
            }
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw OAuthException.invalidClient("malformed Basic credentials", true);
            }
            String id;
            String secret;
            try {
                id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
                secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthException.invalidClient("malformed Basic credentials", true);
            }
            if (id.indexOf('\0') >= 0 || secret.indexOf('\0') >= 0) {
                throw OAuthException.invalidClient("malformed Basic credentials", true);
            }
            if (formClientId != null && !formClientId.equals(id)) {
                throw OAuthException.invalidRequest("client_id does not match the Authorization header");
            }
            return new ClientCredentials(id, secret, true);
        }
        if (formClientId == null || formClientId.isBlank() || formSecret == null || formSecret.isBlank()) {
            throw OAuthException.invalidClient("client authentication is required", false);
        }
        return new ClientCredentials(formClientId, formSecret, false);
    }
}
