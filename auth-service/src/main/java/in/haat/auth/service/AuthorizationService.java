package in.haat.auth.service;

import in.haat.auth.ApiClient;
import in.haat.auth.AuthorizationCode;
import in.haat.auth.ClientKind;
import in.haat.auth.SellerConsent;
import in.haat.auth.config.AuthConfig;
import in.haat.auth.mapping.AuthorizationRequest;
import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.repository.ApiClientRepository;
import in.haat.auth.repository.AuthorizationCodeRepository;
import in.haat.auth.repository.SellerConsentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authorization endpoint's logic: checks a third-party app's request, and turns a seller's decision
 * into a one-time code (or an error) sent back to the app. The seller proves who it is with its own
 * seller client credentials.
 */
@ApplicationScoped
public class AuthorizationService {

    private final ApiClientRepository clients;
    private final ClientService clientService;
    private final SellerConsentRepository consents;
    private final AuthorizationCodeRepository codes;
    private final Secrets secrets;
    private final AuthConfig config;

    public AuthorizationService(ApiClientRepository clients, ClientService clientService, SellerConsentRepository consents,
            AuthorizationCodeRepository codes, Secrets secrets, AuthConfig config) {
        this.clients = clients;
        this.clientService = clientService;
        this.consents = consents;
        this.codes = codes;
        this.secrets = secrets;
        this.config = config;
    }

    @WithSession
    public Uni<AuthorizationOutcome> begin(AuthorizationRequest request) {
        return check(request);
    }

    @WithTransaction
    public Uni<AuthorizationOutcome> decide(AuthorizationRequest request, boolean approved, ClientCredentials seller) {
        return check(request).chain(outcome -> {
            if (!(outcome instanceof AuthorizationOutcome.Consent consent)) {
                return Uni.createFrom().item(outcome);
            }
            if (!approved) {
                return Uni.createFrom().item(redirect(request, Map.of("error", "access_denied",
                        "error_description", "the seller declined")));
            }
            if (seller.clientId() == null || seller.clientId().isBlank() || seller.secret() == null || seller.secret().isBlank()) {
                return Uni.createFrom().item(new AuthorizationOutcome.Consent(consent.client(), consent.scopes(),
                        "Enter your seller client id and secret to approve."));
            }
            return clientService.authenticate(seller)
                    .map(sellerClient -> sellerClient.kind == ClientKind.SELLER ? sellerClient : null)
                    .onFailure(OAuthException.class).recoverWithNull()
                    .chain(sellerClient -> sellerClient == null
                            ? Uni.createFrom().item(new AuthorizationOutcome.Consent(consent.client(), consent.scopes(),
                                    "Those seller credentials were not accepted."))
                            : grant(request, consent, sellerClient));
        });
    }

    private Uni<AuthorizationOutcome> grant(AuthorizationRequest request, AuthorizationOutcome.Consent consent, ApiClient seller) {
        String scopes = String.join(" ", consent.scopes());
        Instant now = Instant.now();
        String code = secrets.random();
        AuthorizationCode row = new AuthorizationCode();
        row.codeHash = secrets.sha256(code);
        row.clientId = consent.client().clientId;
        row.sellerId = seller.sellerId;
        row.redirectUri = request.redirectUri;
        row.scopes = scopes;
        row.codeChallenge = request.codeChallenge;
        row.expiresAt = now.plus(config.authorizationCodeLifetime());
        return consents.findById(new SellerConsent.Id(consent.client().clientId, seller.sellerId))
                .chain(existing -> {
                    SellerConsent given = existing != null ? existing : new SellerConsent();
                    given.id = new SellerConsent.Id(consent.client().clientId, seller.sellerId);
                    given.scopes = scopes;
                    given.grantedAt = now;
                    return existing != null ? Uni.createFrom().item(given) : consents.persist(given);
                })
                .chain(() -> codes.persist(row))
                .map(saved -> redirect(request, Map.of("code", code)));
    }

    private Uni<AuthorizationOutcome> check(AuthorizationRequest request) {
        if (request.clientId == null || request.clientId.isBlank()) {
            return Uni.createFrom().item(new AuthorizationOutcome.ErrorPage(400, "client_id is missing."));
        }
        return clients.findById(request.clientId).map(client -> {
            if (client == null || !client.active() || client.kind != ClientKind.THIRD_PARTY) {
                return new AuthorizationOutcome.ErrorPage(400, "Unknown application.");
            }
            if (request.redirectUri == null || !client.redirectUriList().contains(request.redirectUri)) {
                return new AuthorizationOutcome.ErrorPage(400, "The redirect_uri is not registered for this application.");
            }
            if (!"code".equals(request.responseType)) {
                return redirect(request, Map.of("error", "unsupported_response_type", "error_description", "response_type must be code"));
            }
            if (!"S256".equals(request.codeChallengeMethod) || !Pkce.validChallenge(request.codeChallenge)) {
                return redirect(request, Map.of("error", "invalid_request",
                        "error_description", "PKCE is required: code_challenge with code_challenge_method S256"));
            }
            Set<String> scopes;
            try {
                scopes = Scopes.grant(request.scope, client.scopeSet());
            } catch (OAuthException e) {
                return redirect(request, Map.of("error", "invalid_scope", "error_description", e.getMessage()));
            }
            return new AuthorizationOutcome.Consent(client, scopes, null);
        });
    }

    private static AuthorizationOutcome redirect(AuthorizationRequest request, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        if (request.state != null) {
            all.put("state", request.state);
        }
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = request.redirectUri;
        return new AuthorizationOutcome.Redirect(URI.create(base + (base.contains("?") ? "&" : "?") + query));
    }
}
