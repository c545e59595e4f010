package in.haat.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time authorization code, bound to its client, seller, redirect URI and PKCE challenge. */
@Entity
@Table(name = "authorization_code")
public class AuthorizationCode {

    @Id
    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "redirect_uri", nullable = false)
    public String redirectUri;

    @Column(nullable = false)
    public String scopes;

    @Column(name = "code_challenge", nullable = false)
    public String codeChallenge;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** The refresh token family its exchange started: revoked if the code is presented again. */
    @Column(name = "family_id")
    public UUID familyId;
}
