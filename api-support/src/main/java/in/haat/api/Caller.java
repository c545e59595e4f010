package in.haat.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The verified caller of the current request, as its access token describes it. */
@RequestScoped
public class Caller {

    private final String clientId;
    private final ClientKind kind;
    private final Set<UUID> sellerIds;
    private final Optional<String> partnerId;
    private final Set<String> scopes;

    public Caller(JsonWebToken token) {
        this.clientId = TokenClaims.string(token, TokenClaims.CLIENT_ID);
        this.kind = ClientKind.fromClaim(TokenClaims.string(token, TokenClaims.CLIENT_KIND)).orElse(null);
        this.sellerIds = TokenClaims.sellerIds(token);
        String partner = TokenClaims.string(token, TokenClaims.PARTNER_ID);
        // A partner id means something only on a partner token; elsewhere it must not widen access.
        this.partnerId = kind == ClientKind.PARTNER && partner != null && !partner.isBlank()
                ? Optional.of(partner)
                : Optional.empty();
        this.scopes = TokenClaims.scopes(token);
    }

    /** The OAuth2 client the token was issued to; null only for an unauthenticated request. */
    public String clientId() {
        return clientId;
    }

    /** The kind of client; null only for an unauthenticated request. */
    public ClientKind kind() {
        return kind;
    }

    /** The sellers the token names ({@code haat_seller_ids}); empty for a partner token. */
    public Set<UUID> sellerIds() {
        return sellerIds;
    }

    /** The partner of a partner token; empty for every other kind. */
    public Optional<String> partnerId() {
        return partnerId;
    }

    /** The scopes granted to the token. */
    public Set<String> scopes() {
        return scopes;
    }

    public boolean isPartner() {
        return kind == ClientKind.PARTNER && partnerId.isPresent();
    }

    /**
     * Whether the token may act for a seller whose owner partner is {@code ownerPartnerId} (null when unknown):
     * the token names the seller, or it is the token of the partner that owns it.
     */
    public boolean mayActFor(UUID sellerId, String ownerPartnerId) {
        if (sellerId == null) {
            return false;
        }
        if (sellerIds.contains(sellerId)) {
            return true;
        }
        return isPartner() && partnerId.get().equals(ownerPartnerId);
    }
}
