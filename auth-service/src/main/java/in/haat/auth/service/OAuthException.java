package in.haat.auth.service;

/** An OAuth 2.0 error as RFC 6749 section 5.2 names it, with the HTTP status it is answered with. */
public class OAuthException extends RuntimeException {

    private final String error;
    private final int status;
    private final boolean challengeBasic;

    private OAuthException(String error, String description, int status, boolean challengeBasic) {
        super(description, null, false, false);
        this.error = error;
        this.status = status;
        this.challengeBasic = challengeBasic;
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException("invalid_request", description, 400, false);
    }

    /** 401; with {@code WWW-Authenticate: Basic} when the client authenticated with the Authorization header. */
    /** RFC 6749 has no error of its own for a body of the wrong media type: invalid_request, with HTTP's 415. */
    public static OAuthException unsupportedMediaType(String description) {
        return new OAuthException("invalid_request", description, 415, false);
    }

    public static OAuthException invalidClient(String description, boolean usedBasic) {
        return new OAuthException("invalid_client", description, 401, usedBasic);
    }

    public static OAuthException invalidGrant(String description) {
        return new OAuthException("invalid_grant", description, 400, false);
    }

    public static OAuthException unauthorizedClient(String description) {
        return new OAuthException("unauthorized_client", description, 400, false);
    }

    public static OAuthException unsupportedGrantType(String grantType) {
        return new OAuthException("unsupported_grant_type", "grant_type " + grantType + " is not supported", 400, false);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException("invalid_scope", description, 400, false);
    }

    public static OAuthException unsupportedTokenType(String description) {
        return new OAuthException("unsupported_token_type", description, 400, false);
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }

    public boolean challengeBasic() {
        return challengeBasic;
    }
}
