package in.haat.auth.service;

import in.haat.auth.ClientKind;
import in.haat.auth.RefreshToken;
import in.haat.auth.repository.ApiClientRepository;
import in.haat.auth.repository.KnownSellerRepository;
import in.haat.auth.repository.RefreshTokenRepository;
import in.haat.auth.repository.SellerConsentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Ends every way a deleted seller could still be acted for: its own clients are revoked (so every service refuses
 * their tokens within seconds, and they get no new ones), apps lose its consent, and the refresh token families
 * (and access tokens) issued to act for it are revoked. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SellerDeletions {

    private final KnownSellerRepository sellers;
    private final ApiClientRepository clients;
    private final ClientService clientService;
    private final SellerConsentRepository consents;
    private final RefreshTokenRepository refreshTokens;
    private final TokenRevocations revocations;

    public SellerDeletions(KnownSellerRepository sellers, ApiClientRepository clients, ClientService clientService,
            SellerConsentRepository consents, RefreshTokenRepository refreshTokens, TokenRevocations revocations) {
        this.sellers = sellers;
        this.clients = clients;
        this.clientService = clientService;
        this.consents = consents;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
    }

    public Uni<Void> forget(UUID sellerId, Instant deletedAt) {
        Instant when = deletedAt == null ? Instant.now() : deletedAt;
        return sellers.findById(sellerId)
                .invoke(seller -> {
                    if (seller != null && seller.deletedAt == null) {
                        seller.deletedAt = when;
                    }
                })
                .chain(() -> clients.list("kind = ?1 and sellerId = ?2 and status = 'active'", ClientKind.SELLER, sellerId))
                .chain(own -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (var client : own) {
                        chain = chain.chain(() -> clientService.revokeInTransaction(client));
                    }
                    return chain;
                })
                .chain(() -> consents.delete("id.sellerId", sellerId))
                .chain(() -> refreshTokens.list("sellerId = ?1 and revokedAt is null", sellerId))
                .chain(tokens -> revocations.families(tokens.stream().map((RefreshToken t) -> t.familyId).toList()));
    }
}
