package in.haat.inventory.service;

import in.haat.api.ApiException;
import in.haat.events.GroupCommit;
import in.haat.events.InOrder;
import in.haat.events.Outbox;
import in.haat.inventory.StockLevel;
import in.haat.inventory.config.InventoryConfig;
import in.haat.inventory.event.InventoryEvents;
import in.haat.inventory.event.StockChangeCause;
import in.haat.inventory.event.StockChanged;
import in.haat.inventory.mapping.SetStock;
import in.haat.inventory.mapping.StockAdjustment;
import in.haat.inventory.repository.StockChangeStatements;
import in.haat.inventory.repository.StockChangeStatements.Change;
import in.haat.inventory.repository.StockLevelRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Single stock changes (Setu's PUT/PATCH, adjustments) that arrive together are applied in one transaction and
 * answered after its commit ({@link GroupCommit}): one commit per batch instead of one per change, and one UPDATE
 * statement per round of distinct items ({@link StockBatchRounds}) instead of one per change, then one outbox insert
 * for all their {@code stock.changed}. Each item has its writer (a lane of its own), so batches of different writers
 * never wait for each other's row locks, and an item's changes apply in the order they arrived. A refused change
 * (404, 409, 422) is only its own answer.
 */
@ApplicationScoped
public class StockUpdateBatches {

    /** One change waiting for its batch: the statement's input, and what its event says. */
    record Pending(Change change, String reason, String reference) {
        StockChangeCause cause() {
            return change.quantity() != null ? StockChangeCause.SET : StockChangeCause.ADJUST;
        }
    }

    private final StockChangeStatements statements;
    private final StockLevelRepository levels;
    private final Outbox outbox;
    /** One group commit per writer; an item always goes to the same one, so writers never wait for each other's rows. */
    private final List<GroupCommit<Pending, StockLevel>> lanes = new ArrayList<>();

    public StockUpdateBatches(StockChangeStatements statements, StockLevelRepository levels, Outbox outbox, Vertx vertx,
            InventoryConfig config) {
        this.statements = statements;
        this.levels = levels;
        this.outbox = outbox;
        for (int i = 0; i < config.updateWriters(); i++) {
            lanes.add(new GroupCommit<>("stock updates " + i, vertx, config.updateBatchSize(), Long.MAX_VALUE, u -> 1, 1,
                    this::write));
        }
    }

    private Uni<StockLevel> submit(Pending pending) {
        return lanes.get(lane(pending.change().storefrontId(), pending.change().catalogueItemId(), lanes.size())).submit(pending);
    }

    /** The writer of an item: the same for all its changes. */
    static int lane(UUID storefrontId, UUID catalogueItemId, int lanes) {
        return Math.floorMod(31 * storefrontId.hashCode() + catalogueItemId.hashCode(), lanes);
    }

    /** Setu's inventory update: on hand becomes {@code quantity}, once the batch it joined has committed. */
    public Uni<StockLevel> set(UUID storefrontId, UUID catalogueItemId, SetStock request) {
        return submit(new Pending(new Change(0, storefrontId, catalogueItemId, request.quantity(), null,
                request.unitDenomination() == null ? null : request.unitDenomination().name(), request.unitValue(),
                expected(request.expectedOnHand())), null, null));
    }

    /** On hand changes by {@code delta}, once the batch it joined has committed. */
    public Uni<StockLevel> adjust(UUID storefrontId, UUID catalogueItemId, StockAdjustment request) {
        if (request.delta() == 0) {
            return Uni.createFrom().failure(ApiException.invalid("delta", "must not be 0"));
        }
        return submit(new Pending(new Change(0, storefrontId, catalogueItemId, null, request.delta(), null, null,
                expected(request.expectedOnHand())), request.reason().strip(), request.reference()));
    }

    private static int expected(Integer expectedOnHand) {
        return expectedOnHand == null ? StockUpdateFailures.UNCHECKED : expectedOnHand;
    }

    /** In the batch's transaction: round after round, then every applied change's event; outcomes in batch order. */
    private Uni<List<GroupCommit.Outcome<StockLevel>>> write(List<Pending> batch) {
        List<Change> changes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Change c = batch.get(i).change();
            changes.add(new Change(i, c.storefrontId(), c.catalogueItemId(), c.quantity(), c.delta(), c.unitDenomination(),
                    c.unitValue(), c.expectedOnHand()));
        }
        List<List<Change>> rounds = StockBatchRounds.of(changes);
        @SuppressWarnings("unchecked")
        GroupCommit.Outcome<StockLevel>[] outcomes = new GroupCommit.Outcome[batch.size()];
        List<String> events = new ArrayList<>();
        // An item changed in several rounds: all rows are locked first, in lock order, so no round locks out of order.
        Uni<Void> locked = rounds.size() > 1 ? statements.lock(changes) : Uni.createFrom().voidItem();
        return locked.chain(() -> InOrder.each(rounds, round -> statements.apply(round)
                        .chain(applied -> settle(batch, round, applied, outcomes, events))))
                .chain(() -> outbox.publishPrepared(events)).map(ignored -> List.of(outcomes));
    }

    /** Each change of a round: its stock and event, or why it matched nothing (read before the next round). */
    private Uni<Void> settle(List<Pending> batch, List<Change> round, Map<Integer, StockLevel> applied,
            GroupCommit.Outcome<StockLevel>[] outcomes, List<String> events) {
        List<Change> unmatched = new ArrayList<>();
        for (Change change : round) {
            Pending pending = batch.get(change.n());
            StockLevel level = applied.get(change.n());
            if (level != null) {
                outcomes[change.n()] = GroupCommit.Outcome.of(level);
                events.add(outbox.prepare(InventoryEvents.TOPIC, InventoryEvents.STOCK_CHANGED,
                        InventoryEvents.STOCK_CHANGED_VERSION, InventoryEvents.keyOf(level.storefrontId, level.catalogueItemId),
                        StockChanged.of(level, pending.cause(), pending.reference(), pending.reason())));
            } else {
                unmatched.add(change);
            }
        }
        return InOrder.each(unmatched, change -> levels.find(change.storefrontId(), change.catalogueItemId())
                .invoke(now -> outcomes[change.n()] = GroupCommit.Outcome.failed(why(change, now))));
    }

    /**
     * Why a change matched nothing, from its row as it is now (locked by this transaction since the statement); a row
     * that allows it after all can only have appeared since (a new catalogue item): the client retries.
     */
    private static ApiException why(Change c, StockLevel now) {
        ApiException why = c.quantity() != null
                ? StockUpdateFailures.whySetFailed(c.storefrontId(), c.catalogueItemId(), now, c.quantity(),
                        c.unitDenomination() == null ? "" : c.unitDenomination(), c.unitValue() == null ? 0 : c.unitValue(),
                        c.expectedOnHand())
                : StockUpdateFailures.whyAdjustFailed(c.storefrontId(), c.catalogueItemId(), now, c.delta(), c.expectedOnHand());
        return why != null ? why : StockUpdateFailures.changedConcurrently();
    }
}
