package in.haat.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order and marks them sent. Runs in a loop from start-up,
 * so rows left unsent by a crash are sent after restart. A PostgreSQL advisory lock lets only one replica relay
 * at a time, which keeps per-key order across replicas.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary but fixed: the advisory lock id shared by every replica of a service (each has its own database). */
    static final long RELAY_LOCK = 0x6861617402L;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Vertx vertx;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final Counter sent;
    private final Counter failed;
    private final long intervalMillis;
    private volatile boolean stopped;
    /** Guards the pass schedule: the pending timer, whether a pass runs, and whether a wake came during it. */
    private final Object schedule = new Object();
    private long timerId = -1;
    private boolean running;
    private boolean wakeRequested;
    private PgSubscriber subscriber;

    public OutboxRelay(Vertx vertx, @Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config,
            MeterRegistry registry) {
        this.vertx = vertx;
        this.emitter = emitter;
        this.intervalMillis = config.relayInterval().toMillis();
        this.config = config;
        this.sent = Counter.builder("haat.outbox.sent").description("outbox events published to Kafka").register(registry);
        this.failed = Counter.builder("haat.outbox.failed").description("outbox publish attempts that failed").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        if (config.relayEnabled()) {
            scheduleNextPass(config.relayDelay().toMillis());
            if (config.wakeOnCommit()) {
                listen();
            }
        } else {
            LOG.info("outbox relay is switched off (haat.outbox.relay-enabled=false)");
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /**
     * LISTENs on its own connection to the service's database for the NOTIFY that {@link Outbox} sends with every
     * transaction that wrote rows; delivered on commit only. Reconnects by itself; while it is not connected the relay
     * simply polls every {@code relay-interval}, as it always does.
     */
    private void listen() {
        try {
            Config mp = ConfigProvider.getConfig();
            PgConnectOptions options = PgConnectOptions.fromUri(mp.getValue("quarkus.datasource.reactive.url", String.class)
                    .replaceFirst("^vertx-reactive:", ""));
            mp.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
            mp.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
            subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> stopped ? -1L : 1000L);
            subscriber.channel(Outbox.WAKE_CHANNEL).handler(ignored -> wake());
            subscriber.connect().onFailure(e -> LOG.warnf("outbox relay cannot listen for commits (%s); it polls every %d ms",
                    e.toString(), intervalMillis));
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay cannot listen for commits (%s); it polls every %d ms", e.toString(), intervalMillis);
        }
    }

    /**
     * A transaction with outbox rows committed: run a pass now instead of at the end of the wait. During a pass, the
     * wake is remembered and the next pass follows at once (the running pass may have read before the commit).
     */
    void wake() {
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
     * Quarkus's scheduler does not run jobs more often than once a second, too slow for the order path,
     * so the relay drives itself with Vert.x timers: a full batch runs the next pass at once, anything
     * else waits {@code relay-interval}, unless a commit wakes it first ({@link #wake()}).
     */
    private void scheduleNextPass(long delayMillis) {
        synchronized (schedule) {
            running = false;
            if (wakeRequested) {
                delayMillis = 0;
            }
            if (stopped) {
                return;
            }
            timerId = vertx.setTimer(Math.max(1, delayMillis), timer -> runPass());
        }
    }

    private void runPass() {
        synchronized (schedule) {
            timerId = -1;
            running = true;
            wakeRequested = false;
        }
        Context pass = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(pass, true);
        pass.runOnContext(ignored -> relayOnce().subscribe().with(
                published -> scheduleNextPass(published >= config.batchSize() ? 0 : intervalMillis),
                failure -> {
                    if (!stopped) {
                        LOG.warnf("outbox relay pass failed: %s", failure.toString());
                    }
                    synchronized (schedule) {
                        // A failing database is not retried faster because commits keep coming.
                        wakeRequested = false;
                    }
                    scheduleNextPass(Math.max(intervalMillis, 1000));
                }));
    }

    /** One relay pass; answers how many events were published. */
    public Uni<Integer> relayOnce() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(?1)", Boolean.class)
                        .setParameter(1, RELAY_LOCK)
                        .getSingleResult())
                .chain(locked -> locked
                        ? OutboxEvent.<OutboxEvent>find("sentAt is null order by id").page(0, config.batchSize()).list()
                                .chain(this::publish)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publish(List<OutboxEvent> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Context context = Vertx.currentContext();
        // All sends go out at once; the idempotent producer keeps per-partition order.
        List<Uni<Boolean>> sends = rows.stream().map(row -> send(row, context)).toList();
        return Uni.join().all(sends).andCollectFailures()
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> send(OutboxEvent row, Context context) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-id", row.eventId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("event-type", row.eventType.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.eventKey)
                .withHeaders(headers)
                .build();
        row.attempts++;
        return emitter.sendMessage(Message.of(row.envelope).addMetadata(metadata))
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .map(ignored -> {
                    row.sentAt = Instant.now();
                    row.lastError = null;
                    sent.increment();
                    return Boolean.TRUE;
                })
                .onFailure().recoverWithItem(e -> {
                    row.lastError = String.valueOf(e.getMessage());
                    failed.increment();
                    LOG.warnf("outbox event %s (%s) not published yet: %s", row.eventId, row.eventType, e.toString());
                    return Boolean.FALSE;
                });
    }

    @Scheduled(identity = "outbox-purge", every = "${haat.outbox.purge-interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeSent() {
        Instant before = Instant.now().minus(config.retention());
        return Panache.withTransaction(() -> OutboxEvent.delete("sentAt < ?1", before))
                .onFailure().invoke(e -> LOG.warnf("outbox purge failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
