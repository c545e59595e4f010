package in.haat.auth.service;

import in.haat.auth.ApiClient;
import java.net.URI;
import java.util.Set;

/** What an authorization request leads to: the consent page, an error page, or a redirect back to the app. */
public sealed interface AuthorizationOutcome {

    /** Ask the seller. */
    record Consent(ApiClient client, Set<String> scopes, String message) implements AuthorizationOutcome {
    }

    /** The request cannot be sent back to the app (unknown client or redirect URI): say so to the user. */
    record ErrorPage(int status, String message) implements AuthorizationOutcome {
    }

    /** Back to the app's redirect URI, with a code or an error. */
    record Redirect(URI location) implements AuthorizationOutcome {
    }
}
