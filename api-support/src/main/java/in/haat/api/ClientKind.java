package in.haat.api;

import java.util.Optional;

/** Who an access token was issued to, from its {@code haat_client_kind} claim. */
public enum ClientKind {
    /** A partner managing many sellers: may act for every seller it owns ({@code haat_partner_id}). */
    PARTNER("partner"),
    /** A seller acting for itself: exactly one seller id in the token. */
    SELLER("seller"),
    /** An app the seller(s) in the token authorised. */
    THIRD_PARTY("third_party");

    private final String claim;

    ClientKind(String claim) {
        this.claim = claim;
    }

    /** The value as it appears in the token. */
    public String claim() {
        return claim;
    }

    /** The kind named by a claim value; empty for a value the contract does not define. */
    public static Optional<ClientKind> fromClaim(String value) {
        for (ClientKind kind : values()) {
            if (kind.claim.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
