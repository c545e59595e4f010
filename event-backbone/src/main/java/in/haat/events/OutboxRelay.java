package in.haat.events;

import in.haat.events.repository.AdvisoryLocks;
import in.haat.events.repository.OutboxRepository;
import in.haat.events.repository.OutboxRepository.Unpublished;
import in.haat.events.repository.OutboxRepository.Unsent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order and marks them sent. Runs in a {@link WakeableLoop} from
 * start-up, so rows left unsent by a crash are sent after restart. A PostgreSQL advisory lock lets only one replica
 * relay at a time, which keeps per-key order across replicas. A row that can never be published (larger than the
 * broker takes, an invalid topic) is set aside instead of being retried for ever ahead of every row behind it.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary but fixed: the advisory lock id shared by every replica of a service (each has its own database). */
    static final long RELAY_LOCK = 0x6861617402L;
    /** How soon a pass that found another replica relaying looks again. */
    static final long LOCK_BUSY_RETRY_MILLIS = 50;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final TopicsConfig topics;
    private final Counter sent;
    private final Counter failed;
    private final Counter dead;
    private final WakeableLoop loop;
    private final AdvisoryLocks locks;
    private final OutboxRepository outbox;
    private final Vertx vertx;

    public OutboxRelay(Vertx vertx, @Channel("outbox") MutinyEmitter<String> emitter,
            OutboxConfig config, TopicsConfig topics, MeterRegistry registry, AdvisoryLocks locks, OutboxRepository outbox) {
        this.emitter = emitter;
        this.outbox = outbox;
        this.topics = topics;
        this.locks = locks;
        this.config = config;
        this.vertx = vertx;
        this.sent = Counter.builder("haat.outbox.sent").description("outbox events published to Kafka").register(registry);
        this.failed = Counter.builder("haat.outbox.failed").description("outbox publish attempts that failed").register(registry);
        this.dead = Counter.builder("haat.outbox.dead")
                .description("outbox events set aside as never publishable (too large, invalid topic)").register(registry);
        this.loop = new WakeableLoop(vertx, "outbox relay", config.relayInterval(),
                () -> relayOnce().map(rows -> rows >= config.batchSize()));
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay is switched off (haat.outbox.relay-enabled=false)");
            return;
        }
        loop.start(config.relayDelay());
        if (config.wakeOnCommit()) {
            // Inserting outbox rows notifies (a trigger, migration V0_1_3): the relay runs as soon as the rows are visible.
            loop.listen(Outbox.WAKE_CHANNEL);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop();
    }

    /** A transaction with outbox rows committed: run a pass now instead of at the end of the wait. */
    void wake() {
        loop.wake();
    }

    /** What a transaction that wrote outbox rows runs once it committed, in place of the insert trigger's NOTIFY. */
    Runnable wakeAfterCommit() {
        return loop.onCommit();
    }

    /** One relay pass; answers how many rows it settled (published or set aside). */
    public Uni<Integer> relayOnce() {
        return Panache.withTransaction(() -> locks.tryLockForTransaction(RELAY_LOCK)
                .chain(locked -> {
                    if (!locked) {
                        // Another replica relays. A commit woke only this one (AfterCommit), and that replica's pass
                        // may have read before it: look again soon rather than after the whole interval.
                        vertx.setTimer(LOCK_BUSY_RETRY_MILLIS, timer -> loop.wake());
                        return Uni.createFrom().item(0);
                    }
                    return outbox.unsent(config.batchSize()).chain(this::publish);
                }));
    }

    private Uni<Integer> publish(List<Unsent> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Context context = Vertx.currentContext();
        // All sends go out at once; the idempotent producer keeps per-partition order. The rows Kafka acknowledged are
        // stamped sent in one statement, those it did not in one more (issue 15: one UPDATE per sent row was a sixth of
        // catalogue-service's event loop while it relayed a 10,000-item call).
        List<Long> acknowledged = new ArrayList<>(rows.size());
        List<Unpublished> unpublished = new ArrayList<>();
        List<Uni<Boolean>> sends = rows.stream().map(row -> send(row, context, acknowledged, unpublished)).toList();
        return Uni.join().all(sends).andCollectFailures()
                .call(() -> outbox.markSent(acknowledged))
                .call(() -> outbox.markUnpublished(unpublished))
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> send(Unsent row, Context context, List<Long> acknowledged, List<Unpublished> unpublished) {
        int bytes = row.envelope().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxEventBytes()) {
            unpublished.add(setAside(row, "event of " + bytes + " bytes is larger than haat.outbox.max-event-bytes ("
                    + config.maxEventBytes() + "), which the broker would refuse", false));
            return Uni.createFrom().item(Boolean.TRUE);
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-id", row.eventId().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("event-type", row.eventType().getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topics.onBroker(row.topic()))
                .withKey(row.eventKey())
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.envelope()).addMetadata(metadata))
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .map(ignored -> {
                    acknowledged.add(row.id());
                    sent.increment();
                    return Boolean.TRUE;
                })
                .onFailure().recoverWithItem(e -> {
                    if (neverPublishable(e)) {
                        unpublished.add(setAside(row, e.toString(), true));
                        return Boolean.TRUE;
                    }
                    unpublished.add(new Unpublished(row.id(), String.valueOf(e.getMessage()), false, true));
                    failed.increment();
                    LOG.warnf("outbox event %s (%s) not published yet: %s", row.eventId(), row.eventType(), e.toString());
                    return Boolean.FALSE;
                });
    }

    /** Kafka's answers that no retry can change; anything else (a broker away, a time-out) is tried again later. */
    static boolean neverPublishable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException
                    || e instanceof InvalidTopicException || e instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    /** The row set aside (the pass's transaction writes it): it is kept, counted and logged, and never sent. */
    private Unpublished setAside(Unsent row, String reason, boolean attempted) {
        dead.increment();
        LOG.errorf("outbox event %s (%s, topic %s, key %s) set aside, never publishable: %s", row.eventId(), row.eventType(),
                row.topic(), row.eventKey(), reason);
        return new Unpublished(row.id(), reason, true, attempted);
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
