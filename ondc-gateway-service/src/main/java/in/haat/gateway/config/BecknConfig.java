package in.haat.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Who we are on the ONDC network and how strictly we check buyer apps (prefix {@code haat.ondc}). */
@ConfigMapping(prefix = "haat.ondc")
public interface BecknConfig {

    /** Our subscriber id: the bpp_id buyer apps must address. */
    @WithDefault("haat.localhost")
    String bppId();

    /** Our subscriber URL: the bpp_uri buyer apps must address. */
    @WithDefault("http://localhost:8080")
    String bppUri();

    /** The unique key id of our signing key in the registry. */
    @WithDefault("haat-key-1")
    String uniqueKeyId();

    /** Our Ed25519 signing key (base64 seed, or seed and public key); a platform Secret, never committed. */
    Optional<String> signingPrivateKey();

    /** Our X25519 encryption key (base64 PKCS#8) for the registry's /on_subscribe challenge; a platform Secret. */
    Optional<String> encryptionPrivateKey();

    /** The registry's X25519 public key (base64 SPKI); ONDC staging's by default. */
    @WithDefault("MCowBQYDK2VuAyEAduMuZgmtpjdCuxv+Nc49K0cB6tL/Dj3HZetvVN7ZekM=")
    String registryEncryptionPublicKey();

    /** The request_id we sent with /subscribe; ondc-site-verification.html carries its signature. */
    @WithDefault("haat-subscribe-request")
    String subscribeRequestId();

    /** Buyer apps and gateways known without a registry look-up: {@code subscriber_id|unique_key_id|base64 public key}. */
    Optional<List<String>> knownSubscribers();

    /**
     * The largest beckn request body accepted; a larger one is NACKed with 413 unread (or, chunked, as soon as it
     * passes the limit). It travels as one event: with its envelope it must fit what the broker takes (1 MB by default).
     */
    @WithDefault("512K")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    /** The ONDC registry (e.g. https://staging.registry.ondc.org); without it only known-subscribers are trusted. */
    Optional<String> registryUrl();

    /** How long a key found in the registry is trusted before it is looked up again. */
    @WithDefault("10m")
    Duration registryCacheTtl();

    /** How long "not in the registry" is remembered, so a flood of unknown keys does not flood the registry. */
    @WithDefault("1m")
    Duration registryNegativeCacheTtl();

    /** Tolerated clock difference for signature windows and context timestamps. */
    @WithDefault("5s")
    Duration clockSkew();

    /** A request whose context.timestamp is older than its ttl (or this, without ttl) is stale. */
    @WithDefault("PT30S")
    Duration defaultTtl();

    /** Whether POST /ondc/bare-ack, the benchmarks' no-work baseline, answers; local runs only. */
    @WithDefault("false")
    boolean bareAckEnabled();

    /**
     * Group commit of the ACK path: at most this many accepted requests are logged (with their events) in one
     * transaction; requests arriving while the writers are busy wait for the next batch.
     */
    @WithDefault("256")
    int acceptBatchSize();

    /** Group commit of the ACK path: at most this many bytes of rows in one batch (bodies are up to max-body-size each). */
    @WithDefault("4M")
    io.quarkus.runtime.configuration.MemorySize acceptBatchBytes();

    /** How many such batches are written at once (each holds one database connection while it commits). */
    @WithDefault("4")
    int acceptWriters();
}
