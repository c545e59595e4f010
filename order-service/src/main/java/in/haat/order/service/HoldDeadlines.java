package in.haat.order.service;

import in.haat.events.InOrder;
import in.haat.order.OrderDraft;
import in.haat.order.config.OrderConfig;
import in.haat.order.event.OrderEvents;
import in.haat.order.repository.DraftRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Releases the holds inventory-service keeps until we say (a transaction's /init hold) once our deadline passes: the
 * draft stays held, but a later /confirm asks for the items again instead of counting on them.
 */
@ApplicationScoped
public class HoldDeadlines {

    private static final Logger LOG = Logger.getLogger(HoldDeadlines.class);

    private final DraftRepository drafts;
    private final StockRequests stock;
    private final OrderConfig config;

    public HoldDeadlines(DraftRepository drafts, StockRequests stock, OrderConfig config) {
        this.drafts = drafts;
        this.stock = stock;
        this.config = config;
    }

    @Scheduled(identity = "hold-deadlines", every = "${haat.order.hold-sweep-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return releaseDue()
                .invoke(released -> {
                    if (released > 0) {
                        LOG.debugf("released %d holds past their deadline", released);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("hold deadline sweep failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One transaction: up to a batch of due drafts, each hold's release asked and the draft no longer counting on it. */
    public Uni<Integer> releaseDue() {
        return Panache.withTransaction(() -> drafts.lockDueHolds(config.holdSweepBatch())
                .chain(due -> InOrder.each(due, this::release).replaceWith(due.size())));
    }

    private Uni<Void> release(OrderDraft d) {
        d.holdUntilReleased = false;
        return drafts.save(d)
                .chain(() -> stock.forDraft(OrderEvents.STOCK_RELEASE_REQUESTED, d.holdReference, d, List.of(), Map.of()));
    }
}
