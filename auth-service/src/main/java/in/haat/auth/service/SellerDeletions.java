package in.haat.auth.service;

import in.haat.auth.ClientKind;
import in.haat.auth.RefreshToken;
import in.haat.auth.repository.ApiClientRepository;
import in.haat.auth.repository.RefreshTokenRepository;
import in.haat.auth.repository.SellerConsentRepository;
import in.haat.events.InOrder;
import in.haat.sellers.SellerDeletionListener;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Ends every way a deleted seller could still be acted for: its own clients are revoked (so every service refuses
 * their tokens within seconds, and they get no new ones), apps lose its consent, and the refresh token families
 * (and access tokens) issued to act for it are revoked. The seller-directory library's consumer runs it from
 * {@code seller.deleted}, in the transaction that marks the seller deleted in the directory.
 */
@ApplicationScoped
public class SellerDeletions implements SellerDeletionListener {

    private final ApiClientRepository clients;
    private final ClientService clientService;
    private final SellerConsentRepository consents;
    private final RefreshTokenRepository refreshTokens;
    private final TokenRevocations revocations;

    public SellerDeletions(ApiClientRepository clients, ClientService clientService, SellerConsentRepository consents,
            RefreshTokenRepository refreshTokens, TokenRevocations revocations) {
        this.clients = clients;
        this.clientService = clientService;
        this.consents = consents;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
    }

    @Override
    public Uni<Void> sellerDeleted(UUID sellerId, Instant deletedAt) {
        return clients.list("kind = ?1 and sellerId = ?2 and status = 'active'", ClientKind.SELLER, sellerId)
                .chain(own -> InOrder.each(own, clientService::revokeInTransaction))
                .chain(() -> consents.delete("id.sellerId", sellerId))
                .chain(() -> refreshTokens.list("sellerId = ?1 and revokedAt is null", sellerId))
                .chain(tokens -> revocations.families(tokens.stream().map((RefreshToken t) -> t.familyId).toList()));
    }
}
