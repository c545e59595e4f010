package in.haat.inventory.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.api.ApiException;
import in.haat.inventory.StockLevel;
import in.haat.inventory.config.InventoryConfig;
import in.haat.inventory.event.InventoryEvents;
import in.haat.inventory.event.StockChangeCause;
import in.haat.inventory.event.StockChanged;
import in.haat.inventory.mapping.SetStock;
import in.haat.inventory.mapping.StockAdjustment;
import in.haat.inventory.mapping.StockBatchItem;
import in.haat.inventory.mapping.StockBatchResult;
import in.haat.inventory.mapping.StockLevelView;
import in.haat.inventory.mapping.UnitDenomination;
import in.haat.inventory.repository.StockLevelRepository;
import in.haat.events.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Changes on hand: Setu's absolute set, a delta adjustment, and a batch of either. Each change is one
 * conditional UPDATE (no read-modify-write), announced by {@code stock.changed} in the same transaction.
 * An UPDATE that matched nothing is explained afterwards from the row as it is now.
 */
@ApplicationScoped
public class StockUpdates {

    /** How often a change is tried again when its UPDATE failed but the row, read a moment later, allows it. */
    private static final int ATTEMPTS = 3;

    private final StockLevelRepository levels;
    private final Outbox outbox;
    private final StockBatchParser parser;
    private final InventoryConfig config;

    public StockUpdates(StockLevelRepository levels, Outbox outbox, ObjectMapper json, InventoryConfig config) {
        this.levels = levels;
        this.outbox = outbox;
        this.parser = new StockBatchParser(json);
        this.config = config;
    }

    /**
     * Setu's inventory update: on hand becomes {@code quantity}, in the caller's transaction (an idempotency key's;
     * without a key, {@link StockUpdateBatches} applies it); a refusal is an {@link ApiException} from an UPDATE that
     * matched nothing, which leaves the transaction usable.
     */
    public Uni<StockLevel> setInCurrentTransaction(UUID storefrontId, UUID catalogueItemId, SetStock request) {
        return set(storefrontId, catalogueItemId, request.quantity(), request.unitDenomination(), request.unitValue(),
                request.expectedOnHand(), 1);
    }

    /** On hand changes by {@code delta}. */
    @WithTransaction
    public Uni<StockLevel> adjust(UUID storefrontId, UUID catalogueItemId, StockAdjustment request) {
        if (request.delta() == 0) {
            return Uni.createFrom().failure(ApiException.invalid("delta", "must not be 0"));
        }
        return adjust(storefrontId, catalogueItemId, request.delta(), request.reason().strip(), request.reference(),
                request.expectedOnHand(), 1);
    }

    /**
     * Applies each item on its own: a rejected item (bad shape, unknown, conflict) is reported in its result and
     * the others go on. Items are applied in catalogue item order, so two concurrent batches lock their rows in
     * the same order and cannot deadlock; results come back in request order.
     */
    @WithTransaction
    public Uni<StockBatchResult> batch(UUID storefrontId, List<JsonNode> items) {
        if (items.isEmpty() || items.size() > config.batchMaxItems()) {
            return Uni.createFrom().failure(ApiException.invalid("items",
                    "must hold 1 to " + config.batchMaxItems() + " items"));
        }
        List<StockBatchParser.Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            parsed.add(parser.parse(i, items.get(i)));
        }
        List<StockBatchParser.Parsed> inLockOrder = parsed.stream()
                .sorted(Comparator.comparing((StockBatchParser.Parsed p) -> p.item() == null || p.item().catalogueItemId() == null
                        ? new UUID(0, 0) : p.item().catalogueItemId(), StockLevel.ITEM_ORDER))
                .toList();
        return Multi.createFrom().iterable(inLockOrder)
                .onItem().transformToUniAndConcatenate(p -> apply(storefrontId, p))
                .collect().asList()
                .map(results -> {
                    List<StockBatchResult.Item> ordered = results.stream()
                            .sorted(Comparator.comparingInt(StockBatchResult.Item::index)).toList();
                    int updated = (int) ordered.stream().filter(r -> r.error() == null).count();
                    return new StockBatchResult(updated, ordered.size() - updated, ordered);
                });
    }

    private Uni<StockBatchResult.Item> apply(UUID storefrontId, StockBatchParser.Parsed parsed) {
        if (parsed.problem() != null) {
            return Uni.createFrom().item(StockBatchResult.Item.rejected(parsed.index(),
                    parsed.item() == null ? null : parsed.item().catalogueItemId(), parsed.problem().toError().error()));
        }
        StockBatchItem item = parsed.item();
        Uni<StockLevel> change = item.quantity() != null
                ? set(storefrontId, item.catalogueItemId(), item.quantity(), item.unitDenomination(), item.unitValue(),
                        item.expectedOnHand(), 1)
                : adjust(storefrontId, item.catalogueItemId(), item.delta(), item.reason().strip(), item.reference(),
                        item.expectedOnHand(), 1);
        return change
                .map(level -> StockBatchResult.Item.updated(parsed.index(), StockLevelView.of(level)))
                // Only our own refusals: they come from UPDATEs that matched nothing, which leave the transaction usable.
                .onFailure(ApiException.class).recoverWithItem(e -> StockBatchResult.Item.rejected(parsed.index(),
                        item.catalogueItemId(), ((ApiException) e).toError().error()));
    }

    private Uni<StockLevel> set(UUID storefrontId, UUID itemId, int quantity, UnitDenomination unit, Integer unitValue,
            Integer expectedOnHand, int attempt) {
        String denomination = unit == null ? "" : unit.name();
        int value = unitValue == null ? 0 : unitValue;
        int expected = expectedOnHand == null ? StockUpdateFailures.UNCHECKED : expectedOnHand;
        return levels.set(storefrontId, itemId, quantity, denomination, value, expected).chain(level -> {
            if (level != null) {
                return announce(level, StockChangeCause.SET, null, null);
            }
            return levels.find(storefrontId, itemId).chain(now -> {
                ApiException why = StockUpdateFailures.whySetFailed(storefrontId, itemId, now, quantity, denomination, value, expected);
                if (why == null && attempt < ATTEMPTS) {
                    return set(storefrontId, itemId, quantity, unit, unitValue, expectedOnHand, attempt + 1);
                }
                return Uni.createFrom().failure(why != null ? why : StockUpdateFailures.changedConcurrently());
            });
        });
    }

    private Uni<StockLevel> adjust(UUID storefrontId, UUID itemId, int delta, String reason, String reference,
            Integer expectedOnHand, int attempt) {
        int expected = expectedOnHand == null ? StockUpdateFailures.UNCHECKED : expectedOnHand;
        return levels.adjust(storefrontId, itemId, delta, expected).chain(level -> {
            if (level != null) {
                return announce(level, StockChangeCause.ADJUST, reference, reason);
            }
            return levels.find(storefrontId, itemId).chain(now -> {
                ApiException why = StockUpdateFailures.whyAdjustFailed(storefrontId, itemId, now, delta, expected);
                if (why == null && attempt < ATTEMPTS) {
                    return adjust(storefrontId, itemId, delta, reason, reference, expectedOnHand, attempt + 1);
                }
                return Uni.createFrom().failure(why != null ? why : StockUpdateFailures.changedConcurrently());
            });
        });
    }

    private Uni<StockLevel> announce(StockLevel level, StockChangeCause cause, String reference, String reason) {
        return outbox.publish(InventoryEvents.TOPIC, InventoryEvents.STOCK_CHANGED, InventoryEvents.STOCK_CHANGED_VERSION,
                        InventoryEvents.keyOf(level.storefrontId, level.catalogueItemId),
                        StockChanged.of(level, cause, reference, reason))
                .replaceWith(level);
    }

}
