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

    /**
     * How often the delivery loop looks for due callbacks when nothing woke it: only a safety net, as queueing, a
     * settlement that leaves a transaction's next callback waiting, and each retry wake it.
     */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("50")
    int batchSize();

    /** Per-attempt HTTP timeout; under a third of {@link #claimLease()}. */
    @WithDefault("5s")
    Duration requestTimeout();

    /**
     * How long a claimed callback is left to its attempt before it may be claimed again, so that no callback is POSTed
     * twice: an attempt POSTs only in the first third of its lease (else it hands the callback back unsent), which leaves
     * {@link #requestTimeout()} (under a third) and more than a third to settle. Only an attempt lost in a crash waits
     * it out. 10 s was too short on a busy machine: a 7 s stall of the event loop let a second pass POST an /on_select
     * again before the first attempt had settled (FaultSuiteTest, 2026-12-02).
     */
    @WithDefault("30s")
    Duration claimLease();
}
