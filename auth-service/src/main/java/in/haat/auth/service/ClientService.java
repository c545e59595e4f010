package in.haat.auth.service;

import in.haat.auth.ApiClient;
import in.haat.auth.ClientKind;
import in.haat.auth.event.AuthEvents;
import in.haat.auth.event.ClientCreated;
import in.haat.auth.event.ClientRevoked;
import in.haat.auth.event.ClientSecretRotated;
import in.haat.auth.mapping.ClientCredentials;
import in.haat.auth.mapping.ClientView;
import in.haat.auth.mapping.NewClient;
import in.haat.auth.repository.ApiClientRepository;
import in.haat.auth.repository.RefreshTokenRepository;
import in.haat.events.Outbox;
import in.haat.sellers.SellerDirectory;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Registers API clients, rotates and revokes their secrets, and authenticates them. */
@ApplicationScoped
public class ClientService {

    private final ApiClientRepository clients;
    private final SellerDirectory sellers;
    private final RefreshTokenRepository refreshTokens;
    private final Secrets secrets;
    private final Outbox outbox;

    public ClientService(ApiClientRepository clients, SellerDirectory sellers, RefreshTokenRepository refreshTokens,
            Secrets secrets, Outbox outbox) {
        this.clients = clients;
        this.sellers = sellers;
        this.refreshTokens = refreshTokens;
        this.secrets = secrets;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<ClientView> register(NewClient request) {
        List<String> unknown = request.scopes().stream().filter(s -> !Scopes.SUPPORTED.contains(s)).toList();
        if (!unknown.isEmpty()) {
            return Uni.createFrom().failure(new ClientRequestException("unknown scopes " + unknown
                    + "; supported: " + String.join(" ", Scopes.SUPPORTED)));
        }
        return checkKindRules(request).chain(() -> {
            String secret = secrets.random();
            ApiClient client = new ApiClient();
            client.clientId = "hc_" + secrets.random().substring(0, 22).toLowerCase(Locale.ROOT).replace('-', 'x').replace('_', 'y');
            client.kind = request.kind();
            client.name = request.name().strip();
            client.partnerId = request.kind() == ClientKind.PARTNER ? request.partnerId() : null;
            client.sellerId = request.kind() == ClientKind.SELLER ? request.sellerId() : null;
            client.scopes = String.join(" ", request.scopes().stream().distinct().toList());
            client.redirectUris = request.kind() == ClientKind.THIRD_PARTY ? String.join("\n", request.redirectUris()) : "";
            client.createdAt = Instant.now();
            client.secretRotatedAt = client.createdAt;
            return secrets.hashSecret(secret)
                    .invoke(hash -> client.secretHash = hash)
                    .chain(() -> clients.persist(client))
                    .call(saved -> outbox.publish(AuthEvents.TOPIC, AuthEvents.CLIENT_CREATED, 1, saved.clientId,
                            new ClientCreated(saved.clientId, saved.kind.wireName(), saved.partnerId, saved.sellerId,
                                    saved.createdAt)))
                    .map(saved -> ClientView.withSecret(saved, secret));
        });
    }

    private Uni<Void> checkKindRules(NewClient request) {
        return switch (request.kind()) {
            case PARTNER -> request.partnerId() == null
                    ? Uni.createFrom().failure(new ClientRequestException("a partner client needs partner_id"))
                    : Uni.createFrom().voidItem();
            case SELLER -> request.sellerId() == null
                    ? Uni.createFrom().failure(new ClientRequestException("a seller client needs seller_id"))
                    : sellers.find(request.sellerId()).onItem().ifNull().failWith(() -> new ClientRequestException(
                            "seller " + request.sellerId() + " is not known (register it in catalogue-service first)"))
                            .invoke(seller -> {
                                if (seller.deletedAt != null) {
                                    throw new ClientRequestException("seller " + request.sellerId() + " was deleted");
                                }
                            })
                            .replaceWithVoid();
            case THIRD_PARTY -> validRedirectUris(request.redirectUris())
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(new ClientRequestException(
                            "a third-party app needs redirect_uris: absolute https URIs (http only for localhost), no fragment"));
        };
    }

    private static boolean validRedirectUris(List<String> uris) {
        if (uris == null || uris.isEmpty()) {
            return false;
        }
        for (String uri : uris) {
            try {
                URI parsed = new URI(uri);
                boolean local = "http".equals(parsed.getScheme())
                        && ("localhost".equals(parsed.getHost()) || "127.0.0.1".equals(parsed.getHost()));
                if (!(("https".equals(parsed.getScheme()) || local) && parsed.getHost() != null && parsed.getFragment() == null)) {
                    return false;
                }
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    @WithTransaction
    public Uni<ClientView> rotateSecret(String clientId) {
        String secret = secrets.random();
        return activeClient(clientId)
                .chain(client -> secrets.hashSecret(secret).map(hash -> {
                    client.secretHash = hash;
                    client.secretRotatedAt = Instant.now();
                    return client;
                }))
                .call(client -> outbox.publish(AuthEvents.TOPIC, AuthEvents.CLIENT_SECRET_ROTATED, 1, client.clientId,
                        new ClientSecretRotated(client.clientId, client.secretRotatedAt)))
                .map(client -> ClientView.withSecret(client, secret));
    }

    /** Revokes the client, its refresh tokens, and (through {@code client.revoked}) its access tokens everywhere. */
    @WithTransaction
    public Uni<ClientView> revoke(String clientId) {
        return clients.findById(clientId)
                .onItem().ifNull().failWith(() -> new NotFoundException("no client " + clientId))
                .call(this::revokeInTransaction)
                .map(ClientView::of);
    }

    /** Revokes an active client (a revoked one stays as it is) in the caller's transaction. */
    public Uni<Void> revokeInTransaction(ApiClient client) {
        if (!client.active()) {
            return Uni.createFrom().voidItem();
        }
        client.status = "revoked";
        client.revokedAt = Instant.now();
        return refreshTokens.update("revokedAt = ?1 where clientId = ?2 and revokedAt is null", client.revokedAt, client.clientId)
                .chain(() -> outbox.publish(AuthEvents.TOPIC, AuthEvents.CLIENT_REVOKED, 1, client.clientId,
                        new ClientRevoked(client.clientId, client.revokedAt)))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<ClientView> find(String clientId) {
        return clients.findById(clientId)
                .onItem().ifNull().failWith(() -> new NotFoundException("no client " + clientId))
                .map(ClientView::of);
    }

    /** The active client these credentials belong to, or {@code invalid_client}. Runs in the caller's session. */
    public Uni<ApiClient> authenticate(ClientCredentials credentials) {
        return clients.findById(credentials.clientId())
                .chain(client -> {
                    String hash = client == null ? Secrets.DECOY_HASH : client.secretHash;
                    return secrets.matches(credentials.secret(), hash).map(ok -> ok && client != null && client.active() ? client : null);
                })
                .onItem().ifNull().failWith(() -> OAuthException.invalidClient("client authentication failed", credentials.usedBasic()));
    }

    private Uni<ApiClient> activeClient(String clientId) {
        return clients.findById(clientId)
                .onItem().ifNull().failWith(() -> new NotFoundException("no client " + clientId))
                .invoke(client -> {
                    if (!client.active()) {
                        throw new ClientRequestException("client " + clientId + " is revoked");
                    }
                });
    }
}
