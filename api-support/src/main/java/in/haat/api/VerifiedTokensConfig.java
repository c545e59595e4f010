package in.haat.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a verified access token is remembered (prefix {@code haat.api.verified-tokens}). */
@ConfigMapping(prefix = "haat.api.verified-tokens")
public interface VerifiedTokensConfig {

    /**
     * At most this long after its verification, and never past the token's {@code exp}; {@code 0S} verifies every
     * request again. Bounds how long a token keeps working after auth-service's key that signed it is withdrawn.
     */
    @WithDefault("60S")
    Duration maxAge();

    /**
     * At most this many tokens remembered (a few kilobytes each: the token, its claims, the identity): the clients active
     * within {@link #maxAge()}, with room; when full, the expired ones are dropped, or all of them.
     */
    @WithDefault("1000")
    int maxSize();
}
