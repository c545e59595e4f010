package in.haat.events;

import in.haat.events.repository.ProcessedEventRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Deletes the consumers' marks of applied events once they are older than {@code haat.processed-events.retention}, so
 * {@code processed_event} stops growing with every event ever consumed; in chunks, each its own transaction, so a
 * first purge of a large table never holds one long transaction.
 */
@ApplicationScoped
public class ProcessedEventPurge {

    private static final Logger LOG = Logger.getLogger(ProcessedEventPurge.class);

    private final ProcessedEventRepository marks;
    private final ProcessedEventsConfig config;

    public ProcessedEventPurge(ProcessedEventRepository marks, ProcessedEventsConfig config) {
        this.marks = marks;
        this.config = config;
    }

    @Scheduled(identity = "processed-event-purge", every = "${haat.processed-events.purge-interval:10m}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge()
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("deleted %d processed-event marks older than %s", deleted, config.retention());
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("processed-event purge failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Deletes every mark older than the retention, chunk after chunk; answers how many. */
    public Uni<Long> purge() {
        Instant before = Instant.now().minus(config.retention());
        int chunk = Math.max(1, config.purgeChunk()); // 0 would delete nothing for ever
        return Multi.createBy().repeating()
                .uni(() -> Panache.withTransaction(() -> marks.deleteOlderThan(before, chunk)))
                .whilst(deleted -> deleted == chunk)
                .collect().with(Collectors.summingLong(Integer::longValue));
    }
}
