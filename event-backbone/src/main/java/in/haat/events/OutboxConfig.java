package in.haat.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay (prefix {@code haat.outbox}); the schedule itself reads {@code haat.outbox.relay-interval}. */
@ConfigMapping(prefix = "haat.outbox")
public interface OutboxConfig {

    /** How many unsent rows one relay pass publishes. */
    @WithDefault("100")
    int batchSize();

    /** How long sent rows are kept for support before the purge deletes them. */
    @WithDefault("P7D")
    Duration retention();

    /** Off for a replica that must not publish (the advisory lock already keeps one relay at a time). */
    @WithDefault("true")
    boolean relayEnabled();
}
