package in.haat.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An RSA key pair that signs access tokens; retired keys stay published until their last token expires. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    public String kid;

    @Column(nullable = false)
    public String algorithm;

    /** X.509 SubjectPublicKeyInfo, base64. */
    @Column(name = "public_key", nullable = false)
    public String publicKey;

    /** PKCS#8, base64. */
    @Column(name = "private_key", nullable = false)
    public String privateKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "verify_until")
    public Instant verifyUntil;
}
