package in.haat.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How /on_* callbacks are delivered (prefix {@code haat.callbacks}). */
@ConfigMapping(prefix = "haat.callbacks")
public interface CallbackConfig {

    /** Wait before the first retry; it doubles up to {@link #maxRetryDelay()}. */
    @WithDefault("500ms")
    Duration firstRetry();

    @WithDefault("10s")
    Duration maxRetryDelay();

    /** How long an unsolicited callback is retried (a solicited one: until its request's ttl runs out). */
    @WithDefault("PT1H")
    Duration unsolicitedWindow();

    /** How often the delivery loop looks for due callbacks when idle. */
    @WithDefault("100ms")
    Duration pollInterval();

    @WithDefault("50")
    int batchSize();

    /** Per-attempt HTTP timeout. */
    @WithDefault("5s")
    Duration requestTimeout();

    /**
     * How long a claimed callback is left to its attempt before it may be claimed again: longer than
     * {@link #requestTimeout()} plus settling, so a slow buyer app is never sent the same callback twice; only an attempt
     * lost in a crash waits it out.
     */
    @WithDefault("10s")
    Duration claimLease();
}
