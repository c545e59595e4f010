package in.haat.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A seller's consent to a third-party app acting for it with some scopes. */
@Entity
@Table(name = "seller_consent")
public class SellerConsent {

    @EmbeddedId
    public Id id;

    @Column(nullable = false)
    public String scopes;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    /** The app and the seller. */
    @Embeddable
    public static class Id implements Serializable {
        @Column(name = "client_id")
        public String clientId;
        @Column(name = "seller_id")
        public UUID sellerId;

        public Id() {
        }

        public Id(String clientId, UUID sellerId) {
            this.clientId = clientId;
            this.sellerId = sellerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(clientId, other.clientId) && Objects.equals(sellerId, other.sellerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, sellerId);
        }
    }
}
