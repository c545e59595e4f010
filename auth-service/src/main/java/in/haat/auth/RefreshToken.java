package in.haat.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An opaque refresh token (only its SHA-256 is kept), rotated on every use within its family. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(nullable = false)
    public String scopes;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The access token issued together with this refresh token, revoked with its family. */
    @Column(name = "access_jti")
    public String accessJti;

    @Column(name = "access_expires_at")
    public Instant accessExpiresAt;

    public boolean usable(Instant now) {
        return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }
}
