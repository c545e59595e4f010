package in.haat.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An access token revoked before it expired (RFC 7009), by its jti. */
@Entity
@Table(name = "revoked_access_token")
public class RevokedAccessToken {

    @Id
    public String jti;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at", nullable = false)
    public Instant revokedAt;
}
