package in.haat.events;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * A background loop of passes, one at a time, on Vert.x timers (Quarkus' scheduler does not go below 1 s): a pass that
 * says more work waits runs the next at once, otherwise the loop waits its interval, unless {@link #wake()} or a
 * PostgreSQL NOTIFY on its channel (delivered only when the notifying transaction commits) starts one earlier. A wake
 * during a pass makes the next pass follow at once, because the running one may have read before that commit.
 * Each pass runs on a fresh duplicated Vert.x context, so Hibernate Reactive sessions never leak from one into the next.
 */
public final class WakeableLoop {

    private static final Logger LOG = Logger.getLogger(WakeableLoop.class);

    private final Vertx vertx;
    private final String name;
    private final long intervalMillis;
    private final Supplier<Uni<Boolean>> pass;
    /** Guards the schedule: the pending timer, whether a pass runs, and whether a wake came during it. */
    private final Object schedule = new Object();
    private long timerId = -1;
    private boolean running;
    private boolean wakeRequested;
    /** Commits seen so far (see {@link #commitsSeen()}). */
    private final AtomicLong commits = new AtomicLong();
    /** {@link #committed()} as one instance, so that a transaction registers it once ({@link AfterCommit}). */
    private final Runnable onCommit = this::committed;
    private volatile boolean stopped;
    private PgSubscriber subscriber;

    /**
     * @param pass one pass; answers true when more work is waiting (the next pass then runs at once)
     */
    public WakeableLoop(Vertx vertx, String name, Duration interval, Supplier<Uni<Boolean>> pass) {
        this.vertx = vertx;
        this.name = name;
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.pass = pass;
    }

    /** Starts the loop: the first pass after {@code delay}. */
    public void start(Duration delay) {
        synchronized (schedule) {
            running = true;
        }
        next(delay.toMillis());
    }

    /** Also wakes on every NOTIFY on {@code channel} in the service's database; while not listening it just polls. */
    public WakeableLoop listen(String channel) {
        try {
            subscriber = PgSubscriber.subscriber(vertx, serviceDatabase()).reconnectPolicy(retries -> stopped ? -1L : 1000L);
            subscriber.channel(channel).handler(ignored -> committed());
            subscriber.connect().onFailure(e -> LOG.warnf("%s cannot listen for commits (%s); it polls every %d ms",
                    name, e.toString(), intervalMillis));
        } catch (RuntimeException e) {
            LOG.warnf("%s cannot listen for commits (%s); it polls every %d ms", name, e.toString(), intervalMillis);
        }
        return this;
    }

    public void stop() {
        stopped = true;
        synchronized (schedule) {
            if (timerId >= 0) {
                vertx.cancelTimer(timerId);
            }
        }
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** Runs a pass now rather than at the end of the wait; during a pass, the next one follows at once. */
    public void wake() {
        synchronized (schedule) {
            if (stopped) {
                return;
            }
            if (running) {
                wakeRequested = true;
            } else if (timerId >= 0 && vertx.cancelTimer(timerId)) {
                timerId = vertx.setTimer(1, timer -> runPass());
            } else {
                // The timer is firing right now: the pass it starts reads after this commit anyway.
                wakeRequested = true;
            }
        }
    }

    /**
     * A transaction that wrote for this loop committed (a NOTIFY arrived, or the writer says so from this process,
     * {@link AfterCommit}): counted, and a pass runs after it.
     */
    public void committed() {
        commits.incrementAndGet();
        wake();
    }

    /** {@link #committed()}, always the same instance: what a writer registers with {@link AfterCommit#register}. */
    public Runnable onCommit() {
        return onCommit;
    }

    /**
     * How many commits have been seen ({@link #committed}: NOTIFYs on the channel and wakes from this process). Each
     * one starts a pass after it (at once, or right after the running one), so a writer that reads this just before its
     * statement and again after its commit knows whether a commit it did not see may have been read by a pass that ran
     * before its own commit: only then must it {@link #wake()} the loop.
     */
    public long commitsSeen() {
        return commits.get();
    }

    private void next(long delayMillis) {
        synchronized (schedule) {
            running = false;
            if (stopped) {
                return;
            }
            timerId = vertx.setTimer(Math.max(1, wakeRequested ? 0 : delayMillis), timer -> runPass());
        }
    }

    private void runPass() {
        synchronized (schedule) {
            timerId = -1;
            running = true;
            wakeRequested = false;
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().<Boolean>deferred(pass::get).subscribe().with(
                more -> next(Boolean.TRUE.equals(more) ? 0 : intervalMillis),
                failure -> {
                    if (!stopped) {
                        LOG.warnf("%s pass failed: %s", name, failure.toString());
                    }
                    synchronized (schedule) {
                        // A failing database is not retried faster because commits keep coming.
                        wakeRequested = false;
                    }
                    next(Math.max(intervalMillis, 1000));
                }));
    }

    /** The service's own database, as its reactive datasource is configured. */
    static PgConnectOptions serviceDatabase() {
        Config config = ConfigProvider.getConfig();
        PgConnectOptions options = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class)
                .replaceFirst("^vertx-reactive:", ""));
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        return options;
    }
}
