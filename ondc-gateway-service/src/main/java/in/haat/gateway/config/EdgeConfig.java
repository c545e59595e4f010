package in.haat.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the beckn edge refuses as hostile input, beyond ONDC's own rules (prefix {@code haat.ondc.edge}). */
@ConfigMapping(prefix = "haat.ondc.edge")
public interface EdgeConfig {

    /**
     * Whether callbacks may go to loopback, private and link-local addresses, over any port: local runs and tests
     * only ({@code ./haat up} turns it on), never in production.
     */
    @WithDefault("false")
    boolean allowLocalCallbacks();

    /**
     * Subscriber URLs of buyer apps known without a registry look-up, {@code subscriber_id|subscriber_url}; a buyer
     * app found in the registry brings its own. Without either, the subscriber id is taken as its host.
     */
    Optional<List<String>> subscriberUrls();

    /** The longest context.message_id and context.transaction_id accepted (ONDC sends UUIDs; indexes have limits). */
    @WithDefault("255")
    int maxIdLength();

    /** The longest context.ttl accepted (ONDC sends PT30S; a callback is retried until the ttl runs out). */
    @WithDefault("P1D")
    Duration maxTtl();
}
