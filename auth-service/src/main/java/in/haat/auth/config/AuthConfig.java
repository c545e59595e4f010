package in.haat.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How auth-service issues tokens (prefix {@code haat.auth}); each key is also an environment variable. */
@ConfigMapping(prefix = "haat.auth")
public interface AuthConfig {

    /** The issuer URL in every token and in discovery: the address other services reach auth-service at. */
    @WithDefault("http://localhost:8081")
    String issuer();

    /** The audience of every access token: the seller API resource servers. */
    @WithDefault("haat-seller-api")
    String audience();

    /** Lifetime of access tokens from the OAuth2 token endpoint. */
    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    /** Lifetime of tokens from the Setu-compatible call (Setu itself issues 7-day tokens: set P7D to match). */
    @WithDefault("PT1H")
    Duration setuTokenLifetime();

    /** Lifetime of refresh tokens (authorization-code grants only). */
    @WithDefault("P30D")
    Duration refreshTokenLifetime();

    /** Lifetime of an authorization code. */
    @WithDefault("PT1M")
    Duration authorizationCodeLifetime();

    /** PBKDF2-HMAC-SHA256 iterations for client secrets (secrets are 256-bit random; the hash guards a leaked table). */
    @WithDefault("100000")
    int secretHashIterations();

    /** Bearer credential of the admin API; without it the admin API is switched off. Never commit one. */
    Optional<String> adminToken();

    /** A new signing key is made when the newest is older than this. */
    @WithDefault("P30D")
    Duration keyRotationPeriod();
}
