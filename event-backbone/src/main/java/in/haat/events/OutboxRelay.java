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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
        } else {
            LOG.info("outbox relay is switched off (haat.outbox.relay-enabled=false)");
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
    }

    /**
     * Quarkus's scheduler does not run jobs more often than once a second, too slow for the order path,
     * so the relay drives itself with Vert.x timers: a full batch runs the next pass at once, anything
     * else waits {@code relay-interval}.
     */
    private void scheduleNextPass(long delayMillis) {
        if (stopped) {
            return;
        }
        vertx.setTimer(Math.max(1, delayMillis), timer -> {
            Context pass = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(pass, true);
            pass.runOnContext(ignored -> relayOnce().subscribe().with(
                    published -> scheduleNextPass(published >= config.batchSize() ? 0 : intervalMillis),
                    failure -> {
                        if (stopped) {
                            return;
                        }
                        LOG.warnf("outbox relay pass failed: %s", failure.toString());
                        scheduleNextPass(Math.max(intervalMillis, 1000));
                    }));
        });
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
