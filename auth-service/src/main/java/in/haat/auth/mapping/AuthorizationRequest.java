package in.haat.auth.mapping;

import java.util.function.Function;

/** The parameters of an authorization request (RFC 6749 4.1.1 with PKCE), from the query or the consent form. */
public class AuthorizationRequest {
    public String responseType;
    public String clientId;
    public String redirectUri;
    public String scope;
    public String state;
    public String codeChallenge;
    public String codeChallengeMethod;

    public static AuthorizationRequest from(Function<String, String> parameter) {
        AuthorizationRequest request = new AuthorizationRequest();
        request.responseType = parameter.apply("response_type");
        request.clientId = parameter.apply("client_id");
        request.redirectUri = parameter.apply("redirect_uri");
        request.scope = parameter.apply("scope");
        request.state = parameter.apply("state");
        request.codeChallenge = parameter.apply("code_challenge");
        request.codeChallengeMethod = parameter.apply("code_challenge_method");
        return request;
    }
}
