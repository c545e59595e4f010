package in.haat.auth.service;

import in.haat.auth.config.AuthConfig;
import in.haat.events.Offload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Makes random secrets and codes and keeps only hashes of them: PBKDF2 for client secrets (stored as
 * {@code pbkdf2-sha256$iterations$salt$hash}, so the work factor can grow), SHA-256 for single-use codes
 * and refresh tokens, which are random and short-lived enough that a fast hash is safe.
 */
@ApplicationScoped
public class Secrets {

    /** Compared against when a client id is unknown, so a wrong id costs as long as a wrong secret. */
    static final String DECOY_HASH = "pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final int iterations;

    public Secrets(AuthConfig config) {
        this.iterations = config.secretHashIterations();
    }

    /** 256 random bits, URL-safe. */
    public String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return B64URL.encodeToString(bytes);
    }

    public Uni<String> hashSecret(String secret) {
        return Offload.cpu(() -> {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            return "pbkdf2-sha256$" + iterations + "$" + B64URL.encodeToString(salt) + "$"
                    + B64URL.encodeToString(pbkdf2(secret, salt, iterations));
        });
    }

    public Uni<Boolean> matches(String secret, String stored) {
        return Offload.cpu(() -> {
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !"pbkdf2-sha256".equals(parts[0])) {
                return false;
            }
            byte[] expected = Base64.getUrlDecoder().decode(parts[3]);
            byte[] actual = pbkdf2(secret, Base64.getUrlDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        });
    }

    /** SHA-256 of a high-entropy random value, for lookups by hash. */
    public String sha256(String value) {
        try {
            return B64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pbkdf2(String secret, byte[] salt, int rounds) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, rounds, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }
}
