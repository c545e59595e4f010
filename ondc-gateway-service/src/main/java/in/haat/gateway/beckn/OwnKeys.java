package in.haat.gateway.beckn;

import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.repository.OwnKeyRepository;
import in.haat.gateway.signing.BecknSigner;
import in.haat.gateway.signing.Ed25519Keys;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.jboss.logging.Logger;

/**
 * Our signing and encryption keys: from the platform's Secrets when given (production), otherwise made once
 * and kept in the database so a local run keeps one identity across restarts.
 */
@ApplicationScoped
public class OwnKeys {

    private static final Logger LOG = Logger.getLogger(OwnKeys.class);
    private static final byte[] SPKI_HEADER = java.util.HexFormat.of().parseHex("302a300506032b656e032100");

    private final BecknConfig config;
    private final OwnKeyRepository rows;
    /** Set once loaded; a failed load (database not up yet) is not remembered, the next call tries again. */
    private final AtomicReference<Keys> loaded = new AtomicReference<>();

    /** Our key material and what the registry knows of it. */
    public record Keys(String uniqueKeyId, Ed25519PrivateKeyParameters signingKey, String encryptionPrivatePkcs8) {

        public String signingPublicKey() {
            return Ed25519Keys.publicKeyBase64(signingKey);
        }

        /** The X25519 public key as the registry wants it: base64 of its SPKI DER. */
        public String encryptionPublicKey() {
            byte[] pkcs8 = Base64.getDecoder().decode(encryptionPrivatePkcs8);
            // An X25519 PKCS#8 key ends with the 32-byte private scalar; SPKI is a fixed 12-byte header and the 32-byte key.
            byte[] raw = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
            byte[] publicKey = new X25519PrivateKeyParameters(raw, 0).generatePublicKey().getEncoded();
            byte[] spki = new byte[SPKI_HEADER.length + 32];
            System.arraycopy(SPKI_HEADER, 0, spki, 0, SPKI_HEADER.length);
            System.arraycopy(publicKey, 0, spki, SPKI_HEADER.length, 32);
            return Base64.getEncoder().encodeToString(spki);
        }

        public BecknSigner signer(String subscriberId) {
            return new BecknSigner(subscriberId, uniqueKeyId, signingKey);
        }
    }

    public OwnKeys(BecknConfig config, OwnKeyRepository rows) {
        this.config = config;
        this.rows = rows;
    }

    public Uni<Keys> keys() {
        Keys keys = loaded.get();
        return keys != null ? Uni.createFrom().item(keys) : load().invoke(loaded::set);
    }

    private Uni<Keys> load() {
        if (config.signingPrivateKey().isPresent() && config.encryptionPrivateKey().isPresent()) {
            return Uni.createFrom().item(new Keys(config.uniqueKeyId(), Ed25519Keys.privateKey(config.signingPrivateKey().get()),
                    config.encryptionPrivateKey().get().strip()));
        }
        return Panache.withTransaction(() -> stored().chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Keys made = make();
            LOG.warnf("no ONDC keys configured: made key %s for this database; production supplies "
                    + "HAAT_ONDC_SIGNING_PRIVATE_KEY and HAAT_ONDC_ENCRYPTION_PRIVATE_KEY", made.uniqueKeyId());
            // Replicas starting together may each make a pair; the one stored first is everyone's.
            return rows.insertIfAbsent(made.uniqueKeyId(),
                            Base64.getEncoder().encodeToString(made.signingKey().getEncoded()), made.encryptionPrivatePkcs8())
                    .chain(() -> stored());
        }));
    }

    private Uni<Keys> stored() {
        return rows.find(config.uniqueKeyId())
                .map(row -> row == null ? null : new Keys(config.uniqueKeyId(),
                        Ed25519Keys.privateKey(row.signingPrivateKey()), row.encryptionPrivate()));
    }

    private Keys make() {
        try {
            KeyPair encryption = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            return new Keys(config.uniqueKeyId(), new Ed25519PrivateKeyParameters(new SecureRandom()),
                    Base64.getEncoder().encodeToString(encryption.getPrivate().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
