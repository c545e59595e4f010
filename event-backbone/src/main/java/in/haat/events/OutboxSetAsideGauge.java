package in.haat.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Gauge {@code haat_outbox_set_aside}: outbox rows set aside (dead_at) and still in the database, counted every minute.
 * The counter {@code haat_outbox_dead_total} starts again at each restart; this one keeps an alert firing until an
 * operator has replayed or deleted the rows (docs/operations.md, "Dead letters and set-aside rows").
 */
@ApplicationScoped
public class OutboxSetAsideGauge {

    private static final Logger LOG = Logger.getLogger(OutboxSetAsideGauge.class);

    private final AtomicLong setAside = new AtomicLong();

    public OutboxSetAsideGauge(MeterRegistry registry) {
        Gauge.builder("haat.outbox.set.aside", setAside, AtomicLong::get)
                .description("outbox rows set aside as never publishable and not yet replayed or deleted").register(registry);
    }

    // Not under haat.outbox: that prefix is OutboxConfig's mapping, which refuses keys it does not declare.
    @Scheduled(identity = "outbox-set-aside-count", every = "${haat.set-aside.count-interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> count() {
        return Panache.withSession(() -> OutboxEvent.count("deadAt is not null"))
                .invoke(setAside::set)
                .onFailure().invoke(e -> LOG.debugf("counting set-aside outbox rows failed (retried next minute): %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    long current() {
        return setAside.get();
    }
}
