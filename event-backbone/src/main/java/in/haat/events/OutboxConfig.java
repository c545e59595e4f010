package in.haat.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay (prefix {@code haat.outbox}). */
@ConfigMapping(prefix = "haat.outbox")
public interface OutboxConfig {

    /**
     * How long the relay waits before looking again when its last pass was not a full batch and no commit woke it: with
     * {@link #wakeOnCommit()} only a safety net (a lost notification, a replica that held the relay's lock).
     */
    @WithDefault("1s")
    Duration relayInterval();

    /** How long after start the relay first runs. */
    @WithDefault("1s")
    Duration relayDelay();

    /** How often sent rows older than {@link #retention()} are deleted (read by {@code @Scheduled}, hence a string). */
    @WithDefault("10m")
    String purgeInterval();

    /** How many unsent rows one relay pass publishes (500: a 10,000-item catalogue call is 20 passes, issue 15). */
    @WithDefault("500")
    int batchSize();

    /** How long sent rows are kept for support before the purge deletes them. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * Wake the relay as soon as a transaction that wrote outbox rows commits (PostgreSQL NOTIFY, delivered only on
     * commit), instead of waiting out {@link #relayInterval()}; the interval stays as the fallback.
     */
    @WithDefault("true")
    boolean wakeOnCommit();

    /**
     * The largest envelope the relay sends, in bytes; a larger row is set aside at once. The library's defaults set it to
     * the producer's {@code kafka.max.request.size} (1 MiB unless a service raises it); a record just under it that the
     * producer or broker still refuses is set aside on their {@code RecordTooLargeException}.
     */
    @WithDefault("1048576")
    int maxEventBytes();

    /** Off for a replica that must not publish (the advisory lock already keeps one relay at a time). */
    @WithDefault("true")
    boolean relayEnabled();
}
