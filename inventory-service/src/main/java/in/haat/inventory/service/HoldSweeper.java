package in.haat.inventory.service;

import in.haat.inventory.config.InventoryConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Releases holds whose time limit has passed, one hold per transaction, so one bad hold does not stop the rest. */
@ApplicationScoped
public class HoldSweeper {

    private static final Logger LOG = Logger.getLogger(HoldSweeper.class);

    private final StockHolds holds;
    private final InventoryConfig config;

    public HoldSweeper(StockHolds holds, InventoryConfig config) {
        this.holds = holds;
        this.config = config;
    }

    @Scheduled(identity = "hold-sweeper", every = "${haat.inventory.hold-sweep-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sweep(0)
                .invoke(expired -> {
                    if (expired > 0) {
                        LOG.debugf("released %d expired holds", expired);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("hold sweep failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Expires holds until none is due or the batch is done; answers how many. */
    public Uni<Integer> sweep(int done) {
        if (done >= config.holdSweepBatch()) {
            return Uni.createFrom().item(done);
        }
        return Panache.withTransaction(holds::expireNext)
                .chain(expired -> expired ? sweep(done + 1) : Uni.createFrom().item(done));
    }
}
