package in.haat.inventory.service;

import in.haat.api.ApiException;
import in.haat.events.GroupCommit;
import in.haat.inventory.StockLevel;
import in.haat.inventory.config.InventoryConfig;
import in.haat.inventory.mapping.SetStock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Setu's single stock updates (PUT/PATCH) that arrive together are applied in one transaction, one conditional
 * UPDATE and one {@code stock.changed} each, and answered after its commit ({@link GroupCommit}): one commit per batch
 * instead of one per update. Within a batch they run in the one lock order (item, then storefront), so batches,
 * holds and stock batches cannot deadlock; a refused update (409, 422) is its own answer and the others go on.
 */
@ApplicationScoped
public class StockSetBatches {

    /** One update waiting for its batch. */
    private record Update(UUID storefrontId, UUID catalogueItemId, SetStock request) {
    }

    private static final Comparator<Update> LOCK_ORDER = Comparator.comparing(Update::catalogueItemId, StockLevel.ITEM_ORDER)
            .thenComparing(Update::storefrontId, StockLevel.ITEM_ORDER);

    private final StockUpdates updates;
    private final GroupCommit<Update, StockLevel> batches;

    public StockSetBatches(StockUpdates updates, Vertx vertx, InventoryConfig config) {
        this.updates = updates;
        this.batches = new GroupCommit<>("stock updates", vertx, config.updateBatchSize(), Long.MAX_VALUE, u -> 1,
                config.updateWriters(), this::write);
    }

    /** Setu's inventory update: on hand becomes {@code quantity}, once the batch it joined has committed. */
    public Uni<StockLevel> set(UUID storefrontId, UUID catalogueItemId, SetStock request) {
        return batches.submit(new Update(storefrontId, catalogueItemId, request));
    }

    /** In the batch's transaction, one update at a time in lock order; outcomes in batch order. */
    private Uni<List<GroupCommit.Outcome<StockLevel>>> write(List<Update> batch) {
        List<Integer> inLockOrder = IntStream.range(0, batch.size()).boxed()
                .sorted(Comparator.comparing(batch::get, LOCK_ORDER)).toList();
        @SuppressWarnings("unchecked")
        GroupCommit.Outcome<StockLevel>[] outcomes = new GroupCommit.Outcome[batch.size()];
        return Multi.createFrom().iterable(inLockOrder)
                .onItem().transformToUniAndConcatenate(i -> {
                    Update update = batch.get(i);
                    return updates.setInCurrentTransaction(update.storefrontId(), update.catalogueItemId(), update.request())
                            .map(GroupCommit.Outcome::of)
                            .onFailure(ApiException.class).recoverWithItem(GroupCommit.Outcome::failed)
                            .invoke(outcome -> outcomes[i] = outcome);
                })
                .collect().last()
                .map(ignored -> List.of(outcomes));
    }
}
