package in.haat.auth.service;

import in.haat.auth.SigningKey;
import in.haat.auth.config.AuthConfig;
import in.haat.auth.repository.SigningKeyRepository;
import in.haat.events.Offload;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * The keys that sign access tokens. The newest unretired key signs; on rotation the old key stops signing
 * but stays in the JWKS until every token it signed has expired, so no valid token fails verification.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    /** Fixed id of the advisory lock that serialises key creation across replicas. */
    private static final long KEY_LOCK = 0x6861617403L;

    private final SigningKeyRepository keys;
    private final AuthConfig config;

    public SigningKeys(SigningKeyRepository keys, AuthConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** The signing key, made if there is none yet. Runs in the caller's session. */
    public Uni<SigningKey> current() {
        return newest().chain(key -> key != null ? Uni.createFrom().item(key)
                : Panache.withTransaction(() -> lock().chain(this::newest)
                        .chain(raced -> raced != null ? Uni.createFrom().item(raced) : create())));
    }

    /** Every key a token may still be verified with, the signing key first. */
    public Uni<List<SigningKey>> published() {
        return current().chain(ignored -> keys.list("verifyUntil is null or verifyUntil > ?1 order by createdAt desc", Instant.now()));
    }

    /** Makes a new signing key and retires the old ones, which keep verifying until their last token expires. */
    public Uni<SigningKey> rotate() {
        Instant now = Instant.now();
        Instant verifyUntil = now.plus(longestTokenLifetime()).plus(Duration.ofMinutes(5));
        return Panache.withTransaction(() -> lock()
                .chain(() -> keys.update("retiredAt = ?1, verifyUntil = ?2 where retiredAt is null", now, verifyUntil))
                .chain(this::create))
                .invoke(key -> LOG.infof("signing key rotated: %s now signs", key.kid));
    }

    @Scheduled(identity = "signing-key-rotation", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> rotateWhenDue() {
        return Panache.withSession(() -> current())
                .chain(key -> key.createdAt.plus(config.keyRotationPeriod()).isBefore(Instant.now()) ? rotate() : Uni.createFrom().nullItem())
                .onFailure().invoke(e -> LOG.warnf("scheduled key rotation failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public static JsonWebKeySet jwks(List<SigningKey> published) {
        JsonWebKeySet set = new JsonWebKeySet();
        for (SigningKey key : published) {
            set.addJsonWebKey(publicJwk(key));
        }
        return set;
    }

    public static RsaJsonWebKey publicJwk(SigningKey key) {
        try {
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey)));
            RsaJsonWebKey jwk = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(publicKey);
            jwk.setKeyId(key.kid);
            jwk.setAlgorithm(key.algorithm);
            jwk.setUse("sig");
            return jwk;
        } catch (Exception e) {
            throw new IllegalStateException("signing key " + key.kid + " is unreadable", e);
        }
    }

    public static PrivateKey privateKey(SigningKey key) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.privateKey)));
        } catch (Exception e) {
            throw new IllegalStateException("signing key " + key.kid + " is unreadable", e);
        }
    }

    private Duration longestTokenLifetime() {
        Duration access = config.accessTokenLifetime();
        Duration setu = config.setuTokenLifetime();
        return access.compareTo(setu) >= 0 ? access : setu;
    }

    private Uni<SigningKey> newest() {
        return keys.find("retiredAt is null order by createdAt desc").firstResult();
    }

    private Uni<Boolean> lock() {
        return keys.lockForRotation(KEY_LOCK);
    }

    private Uni<SigningKey> create() {
        return Offload.cpu(() -> {
            RsaJsonWebKey generated = RsaJwkGenerator.generateJwk(2048);
            SigningKey key = new SigningKey();
            key.kid = "haat-" + UUID.randomUUID().toString().substring(0, 8);
            key.algorithm = AlgorithmIdentifiers.RSA_USING_SHA256;
            key.publicKey = Base64.getEncoder().encodeToString(((RSAPublicKey) generated.getPublicKey()).getEncoded());
            key.privateKey = Base64.getEncoder().encodeToString(generated.getPrivateKey().getEncoded());
            key.createdAt = Instant.now();
            return key;
        }).chain(keys::persist);
    }

}
